package io.capitalist4j.domain.error;

/** Login, password, token or access was refused (5, 10, 15, 20, 152). */
public final class AuthenticationException extends ApiException {
    public AuthenticationException(String operation, ApiError error) {
        super(operation, error);
    }
}
