package io.capitalist4j.reliability.support;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on 127.0.0.1 in front of a server, counting the client's connections: how many were opened,
 * how many are open now, and the most open at once. This is how a test sees connections the client leaks.
 */
public final class CountingProxy implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final NetServer server;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    private CountingProxy(URI target) {
        NetClient client = vertx.createNetClient();
        NetServer created = vertx.createNetServer();
        created.connectHandler(inbound -> {
            opened.incrementAndGet();
            peak.accumulateAndGet(open.incrementAndGet(), Math::max);
            inbound.pause();
            inbound.closeHandler(v -> open.decrementAndGet());
            client.connect(target.getPort(), target.getHost()).onComplete(ar -> {
                if (ar.failed()) {
                    inbound.close();
                    return;
                }
                NetSocket outbound = ar.result();
                inbound.handler(outbound::write);
                outbound.handler(inbound::write);
                inbound.closeHandler(v -> {
                    open.decrementAndGet();
                    outbound.close();
                });
                outbound.closeHandler(v -> inbound.close());
                inbound.resume();
            });
        });
        try {
            this.server = created.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("the proxy cannot listen", e);
        }
    }

    public static CountingProxy to(URI target) {
        return new CountingProxy(target);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.actualPort() + "/");
    }

    public int open() {
        return open.get();
    }

    public int opened() {
        return opened.get();
    }

    public int peak() {
        return peak.get();
    }

    @Override
    public void close() {
        vertx.close();
    }
}
