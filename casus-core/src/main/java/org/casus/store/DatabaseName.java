package org.casus.store;

import java.util.regex.Pattern;

/** How a database is named in messages: as the user gave it, but never with a password. */
final class DatabaseName {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:\\s]*):[^@/\\s]*@");

    private DatabaseName() {
    }

    /** {@code db} with any password in a URL parameter or user-info part replaced by {@code ***}. */
    static String of(String db) {
        String hidden = PASSWORD_PARAMETER.matcher(db).replaceAll("$1***");
        return USER_INFO.matcher(hidden).replaceAll("$1:***@");
    }
}
