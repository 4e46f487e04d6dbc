package io.capitalist4j.domain.error;

import java.util.Objects;
import java.util.Optional;

/** A non-zero result code with the server's message; unknown codes are kept as they came. */
public record ApiError(int code, String message) {

    public ApiError {
        Objects.requireNonNull(message, "message");
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
}
