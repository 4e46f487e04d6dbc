package io.capitalist4j.testkit;

import java.util.Optional;

/**
 * A refusal with a v1 result code. The engine throws it; the HTTP front renders it as the error envelope
 * (and the optional second CSV line of 185/187), the in-memory port turns it into an ApiException.
 */
final class ApiFailure extends RuntimeException {

    private final int code;
    private final Optional<String> secondLine;

    ApiFailure(int code, String message) {
        this(code, message, Optional.empty());
    }

    ApiFailure(int code, String message, Optional<String> secondLine) {
        super(message, null, false, false);
        this.code = code;
        this.secondLine = secondLine;
    }

    int code() {
        return code;
    }

    Optional<String> secondLine() {
        return secondLine;
    }

    static ApiFailure badParams(String detail) {
        return new ApiFailure(202, "Wrong request params: " + detail);
    }
}
