package io.capitalist4j.testkit.scripted;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A form POST over a bare socket, reading whatever comes back until the server closes: what a fault leaves. */
final class RawHttp {

    /** Generous, and only so that a broken server fails the test instead of stalling the build. */
    private static final int HANG_GUARD_MILLIS = 30_000;

    /** The bytes read before the end of the stream, and how the stream ended. */
    record Reply(byte[] bytes, String ending) {
        String text() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private RawHttp() {
    }

    static String request(String form) {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Connection: keep-alive\r\nContent-Length: " + body.length + "\r\n\r\n" + form;
    }

    /** Sends one request and reads until the server closes or resets the connection. */
    static Reply post(URI server, String form) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(HANG_GUARD_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request(form).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return readToEnd(socket.getInputStream());
        }
    }

    static Reply readToEnd(InputStream in) {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                seen.write(buffer, 0, n);
            }
            return new Reply(seen.toByteArray(), "end of stream");
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("the server neither answered nor closed within the hang guard", e);
        } catch (IOException e) {
            return new Reply(seen.toByteArray(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
