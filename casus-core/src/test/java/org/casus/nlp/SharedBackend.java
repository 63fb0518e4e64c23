package org.casus.nlp;

/**
 * One loaded CoreNLP backend for every *IT class in the run: loading takes tens of seconds, and
 * failsafe runs all IT classes in one JVM.
 */
final class SharedBackend {
    private SharedBackend() {
    }

    static CoreNlpBackend get() {
        return Holder.BACKEND;
    }

    private static final class Holder {
        // never closed: the JVM ends with the test run
        static final CoreNlpBackend BACKEND = new CoreNlpBackend();
    }
}
