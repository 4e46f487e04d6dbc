package io.capitalist4j.domain.error;

/** Too many failed logins (16): no login is possible for 30 minutes. */
public final class LoginLockedException extends ApiException {
    public LoginLockedException(String operation, ApiError error) {
        super(operation, error);
    }
}
