package io.capitalist4j.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP endpoint on 127.0.0.1 that reads every request and never answers, so a call stays in flight for as
 * long as the test wants. It tells when a request of an operation has fully arrived.
 */
final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    SilentServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "silent-server-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    /** Connections accepted so far. */
    int connections() {
        return accepted.get();
    }

    /** Waits until the body of a request carrying {@code operation=name} has begun to arrive. */
    void awaitRequest(String operation, long timeoutSeconds) throws InterruptedException {
        String field = "operation=" + operation;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        synchronized (received) {
            while (received.stream().noneMatch(r -> r.contains(field))) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("no " + operation + " request arrived within " + timeoutSeconds + " s");
                }
                received.wait(left);
            }
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                accepted.incrementAndGet();
                connections.add(connection);
                Thread reader = new Thread(() -> read(connection), "silent-server-reader");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void read(Socket connection) {
        StringBuilder request = new StringBuilder();
        byte[] buffer = new byte[8192];
        try (InputStream in = connection.getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                request.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                synchronized (received) {
                    received.add(request.toString());
                    received.notifyAll();
                }
            }
        } catch (IOException gone) {
            // the client closed the connection: that is what the tests wait for
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
