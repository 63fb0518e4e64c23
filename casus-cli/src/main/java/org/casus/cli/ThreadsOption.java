package org.casus.cli;

import picocli.CommandLine.Option;

/** {@code --threads}: how many articles are worked on at once. */
final class ThreadsOption {
    @Option(names = "--threads", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();
}
