package io.capitalist4j.adapter.cli;

import java.util.regex.Pattern;

/** Words of a command line the operator can paste into a POSIX shell as they are printed. */
final class Shell {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private Shell() {
    }

    /** The word as it is when the shell reads it so, else in single quotes. */
    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
