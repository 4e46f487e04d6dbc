package io.capitalist4j.domain.api;

import java.util.Objects;

/**
 * The answer of an operation called by name, not interpreted: the envelope's code and message and its
 * {@code data} as JSON text exactly as the server sent it (e.g. {@code []} or an object; {@code null} when
 * the envelope had none). Only successful answers become a value, so {@code code} is 0; a non-zero code
 * fails the call like any API error.
 */
public record RawAnswer(String operation, int code, String message, String data) {

    public RawAnswer {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(data, "data");
    }

    /** Without the data, which may hold anything the server sent (names, numbers, tokens). */
    @Override
    public String toString() {
        return "RawAnswer[operation=" + operation + ", code=" + code + ", data=" + data.length() + " chars]";
    }
}
