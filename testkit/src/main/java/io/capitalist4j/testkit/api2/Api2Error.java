package io.capitalist4j.testkit.api2;

/** An answer {@code {"error": message}} with an HTTP status; thrown inside the server, never out of it. */
final class Api2Error extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    Api2Error(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static Api2Error badRequest(String message) {
        return new Api2Error(400, message);
    }

    int status() {
        return status;
    }
}
