package io.capitalist4j.domain.api2;

import io.capitalist4j.domain.auth.Printable;
import java.util.Objects;

/** What a {@code userRequestId} may be: it travels in a URL path too ({@code GET /v1/payment/{id}}). */
final class UserRequestIds {

    /** The longest id accepted; the reference names no limit, v1 payment numbers are far shorter. */
    static final int MAX_LENGTH = 200;

    private UserRequestIds() {
    }

    static String check(String id) {
        Objects.requireNonNull(id, "userRequestId");
        if (id.isBlank()) {
            throw new IllegalArgumentException("userRequestId is blank");
        }
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("userRequestId is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException("userRequestId holds a control character: "
                        + Printable.escapeControls(id));
            }
        }
        return id;
    }
}
