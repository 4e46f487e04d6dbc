package io.capitalist4j.adapter.csv;

import java.util.Locale;
import java.util.Optional;

/** The answer formats of the v1 API, named as the {@code x-response-format} header names them. */
public enum ResponseFormat {
    JSON("json"), CSV("csv"), JSON_LITE("json-lite");

    private final String wireName;

    ResponseFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The header value: {@code json}, {@code csv} or {@code json-lite}. */
    public String wireName() {
        return wireName;
    }

    /** The format a header value names (case and surrounding blanks ignored), if it is one we know. */
    public static Optional<ResponseFormat> fromWire(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String name = header.trim().toLowerCase(Locale.ROOT);
        for (ResponseFormat f : values()) {
            if (f.wireName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
