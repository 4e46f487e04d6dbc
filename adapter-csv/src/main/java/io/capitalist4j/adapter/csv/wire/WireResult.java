package io.capitalist4j.adapter.csv.wire;

import io.capitalist4j.domain.error.ApiError;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded answer: either the operation's value (code 0) or the server's error (code and message, plus
 * any extra lines a CSV error carries, e.g. the payment id of code 185 or the record number of 187).
 */
public sealed interface WireResult<T> permits WireResult.Ok, WireResult.Failed {

    static <T> WireResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> WireResult<T> failed(ApiError error, Optional<String> detail) {
        return new Failed<>(error, detail);
    }

    /** Code 0 and the decoded value. */
    record Ok<T>(T value) implements WireResult<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A non-zero code; {@code detail} is what followed line 1 of a CSV error answer. */
    record Failed<T>(ApiError error, Optional<String> detail) implements WireResult<T> {
        public Failed {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(detail, "detail");
        }

        /** The error with the detail appended to the message, so that nothing the server said is lost. */
        public ApiError errorWithDetail() {
            return detail.map(d -> new ApiError(error.code(),
                    error.message().isEmpty() ? "(" + d + ")" : error.message() + " (" + d + ")"))
                    .orElse(error);
        }
    }
}
