package io.capitalist4j.domain.error;

import io.capitalist4j.domain.auth.Redaction;
import java.util.Objects;
import java.util.Optional;

/**
 * A non-zero result code with the server's message; unknown codes are kept as they came. A card number in the
 * message (a server may quote a refused line) is masked.
 */
public record ApiError(int code, String message) {

    public ApiError {
        Objects.requireNonNull(message, "message");
        message = Redaction.maskCardNumbers(message);
    }

    public Optional<ErrorCode> known() {
        return ErrorCode.of(code);
    }

    public ErrorCategory category() {
        return known().map(ErrorCode::category).orElse(ErrorCategory.UNKNOWN);
    }

    public boolean retryable() {
        return known().map(ErrorCode::retryable).orElse(false);
    }

    /** Whether this is that code of the table, e.g. {@code error.is(ErrorCode.INVALID_TOKEN)}. */
    public boolean is(ErrorCode known) {
        return code == known.code();
    }

    /** The error of a code of the table with a message of our own. */
    public static ApiError of(ErrorCode known, String message) {
        return new ApiError(known.code(), message);
    }
}
