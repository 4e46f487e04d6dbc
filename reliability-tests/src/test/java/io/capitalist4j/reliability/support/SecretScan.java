package io.capitalist4j.reliability.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds secret values (and their common encodings) in text: log lines, messages, stack traces, output. */
public final class SecretScan {

    /** Runs of hex this long are tokens, encrypted passwords or key material, never something to log. */
    private static final Pattern LONG_HEX = Pattern.compile("[0-9A-Fa-f]{64,}");

    private SecretScan() {
    }

    /** Every "where: which secret" finding; {@code secrets} maps a name to its value. */
    public static List<String> find(String where, String text, Map<String, String> secrets) {
        List<String> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        secrets.forEach((name, value) -> {
            if (lower.contains(value.toLowerCase(Locale.ROOT))) {
                found.add(where + ": " + name);
            }
        });
        Matcher hex = LONG_HEX.matcher(text);
        if (hex.find()) {
            found.add(where + ": a run of " + (hex.end() - hex.start()) + " hex digits");
        }
        return found;
    }

    /** Every finding in the lines of a log, each named by its line number. */
    public static List<String> findInLog(List<String> lines, Map<String, String> secrets) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            found.addAll(find("log line " + (i + 1), lines.get(i), secrets));
        }
        return found;
    }

    /** A throwable as a person would see it: every message of the cause chain and the printed stack trace. */
    public static String describe(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        StringBuilder all = new StringBuilder(out.toString());
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            all.append('\n').append(c).append('\n').append(c.getMessage());
        }
        return all.toString();
    }
}
