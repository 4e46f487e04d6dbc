package io.capitalist4j.testkit.api2;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The IP whitelist of reference §3: exact IPv4 addresses or a pattern with {@code *} as the last octet. Empty
 * means every IP may call (§14 Q14). Entries keep the order they were added in; adding one twice keeps one.
 * Not thread-safe: the server calls it under its lock.
 */
final class Whitelist {

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern ENTRY = Pattern.compile(OCTET + "\\." + OCTET + "\\." + OCTET + "\\.(" + OCTET + "|\\*)");

    private final List<String> entries = new ArrayList<>();

    Whitelist(List<String> initial) {
        initial.forEach(this::add);
    }

    static boolean isValidEntry(String entry) {
        return entry != null && ENTRY.matcher(entry).matches();
    }

    void add(String entry) {
        if (!entries.contains(entry)) {
            entries.add(entry);
        }
    }

    void remove(String entry) {
        entries.remove(entry);
    }

    void clear() {
        entries.clear();
    }

    List<String> entries() {
        return List.copyOf(entries);
    }

    boolean allows(String ip) {
        if (entries.isEmpty()) {
            return true;
        }
        for (String e : entries) {
            if (e.equals(ip) || (e.endsWith(".*") && ip.startsWith(e.substring(0, e.length() - 1))
                    && ip.indexOf('.', e.length() - 1) < 0)) {
                return true;
            }
        }
        return false;
    }
}
