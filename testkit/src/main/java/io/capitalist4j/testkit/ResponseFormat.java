package io.capitalist4j.testkit;

import java.util.Locale;
import java.util.Optional;

/** The answer formats of v1, named as in the {@code x-response-format} header. */
public enum ResponseFormat {
    JSON("json"), CSV("csv"), JSON_LITE("json-lite");

    private final String header;

    ResponseFormat(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    /** By header value, ignoring case and surrounding blanks. */
    public static Optional<ResponseFormat> ofHeader(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (ResponseFormat f : values()) {
            if (f.header.equals(v)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
