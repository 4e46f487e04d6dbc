package io.capitalist4j.adapter.csv.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the wire fixtures from src/test/resources/wire. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/wire/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T ok(WireResult<T> result) {
        if (!(result instanceof WireResult.Ok)) {
            throw new AssertionError("expected success, got " + result);
        }
        return ((WireResult.Ok<T>) result).value();
    }

    static WireResult.Failed<?> failed(WireResult<?> result) {
        if (!(result instanceof WireResult.Failed)) {
            throw new AssertionError("expected a failure, got " + result);
        }
        return (WireResult.Failed<?>) result;
    }
}
