package io.capitalist4j.adapter.http;

import io.vertx.core.buffer.Buffer;

/**
 * The bytes of one answer, up to a limit. A server (or whatever stands in its place) must not be able to fill
 * the heap: an announced length above the limit is refused before a byte of the body is read, and a body that
 * grows past it is refused as soon as it does, whether it is chunked, endless or mislabelled.
 */
final class BoundedBody {

    private final int limit;
    private final Buffer bytes = Buffer.buffer();
    private boolean overflowed;

    BoundedBody(int limit) {
        this.limit = limit;
    }

    /** Whether a {@code Content-Length} value already announces more than the limit. */
    boolean refusesDeclared(String contentLength) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP decoder judges a malformed header; the body's own size is still bounded
        }
    }

    /** Keeps the chunk; false, keeping nothing more, once the body has grown past the limit. */
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
