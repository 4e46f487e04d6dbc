package io.capitalist4j.adapter.api2;

import io.vertx.core.buffer.Buffer;

/**
 * The bytes of one answer, up to a limit: an announced length above it is refused before a byte is read, and a
 * body that grows past it is refused as soon as it does, whether it is chunked, endless or mislabelled.
 */
final class BoundedBody {

    private final int limit;
    private final Buffer bytes = Buffer.buffer();
    private boolean overflowed;

    BoundedBody(int limit) {
        this.limit = limit;
    }

    boolean refusesDeclared(String contentLength) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    boolean append(Buffer chunk) {
        if (overflowed || (long) bytes.length() + chunk.length() > limit) {
            overflowed = true;
            return false;
        }
        bytes.appendBuffer(chunk);
        return true;
    }

    byte[] bytes() {
        return bytes.getBytes();
    }
}
