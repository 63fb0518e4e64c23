package org.casus.event;

/**
 * An event word as coded: its final CAMEO code and the token its actors hang from.
 *
 * @param head   the token that names the event
 * @param code   the CAMEO code, refined by what the word frames ("urge" + "cease attacks": 0256)
 * @param anchor the verb the event's actors attach to: the light verb of an event noun ("launched"
 *               in "launched an attack"), otherwise {@code head}
 * @param act    the act the word frames ("cease" under "urged ... to cease"), or NONE
 */
record Predicate(int head, String code, int anchor, int act) {
    String root() {
        return code.substring(0, 2);
    }
}
