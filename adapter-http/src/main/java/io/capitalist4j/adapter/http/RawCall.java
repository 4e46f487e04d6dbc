package io.capitalist4j.adapter.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The fields of an operation called by name: the caller's, never the ones the adapter writes itself. */
public final class RawCall {

    /**
     * Written by the adapter on every request (the form is case-insensitive, so any spelling is refused): a
     * second value would let the caller send another login or credential than the session's.
     */
    public static final Set<String> RESERVED = Set.of("operation", "login", "token", "encrypted_password",
            "plain_password");

    private RawCall() {
    }

    static Map<String, String> fields(Map<String, String> given) {
        Objects.requireNonNull(given, "fields");
        Map<String, String> fields = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            Objects.requireNonNull(name, "field name");
            Objects.requireNonNull(value, () -> "value of " + name);
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the field " + name + " is written by the client itself"
                        + " from the session's credentials");
            }
            fields.put(name, value);
        });
        return fields;
    }
}
