package io.capitalist4j.domain.error;

import java.util.Objects;

/** The API answered with a non-zero code. {@link #of} picks the subtype by the code's category. */
public abstract sealed class ApiException extends CapitalistException
        permits AuthenticationException, LoginLockedException, RequestRejectedException,
                InsufficientFundsException, RemoteErrorException {

    private final ApiError error;

    protected ApiException(String operation, ApiError error) {
        super(operation, operation + " failed with code " + error.code() + ": " + error.message(), null);
        this.error = Objects.requireNonNull(error, "error");
    }

    public ApiError error() {
        return error;
    }

    public int code() {
        return error.code();
    }

    public String serverMessage() {
        return error.message();
    }

    public static ApiException of(String operation, ApiError error) {
        if (error.is(ErrorCode.LOGIN_ATTEMPTS_EXCEEDED)) {
            return new LoginLockedException(operation, error);
        }
        if (error.is(ErrorCode.INSUFFICIENT_FUNDS)) {
            return new InsufficientFundsException(operation, error);
        }
        switch (error.category()) {
            case AUTHENTICATION: return new AuthenticationException(operation, error);
            case SYSTEM: case UNKNOWN: return new RemoteErrorException(operation, error);
            default: return new RequestRejectedException(operation, error);
        }
    }
}
