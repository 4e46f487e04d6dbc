package io.capitalist4j.reliability.readme;

// docs/api2.md callback receiver: begin
import com.sun.net.httpserver.HttpServer;
import io.capitalist4j.adapter.api2.Api2CallbackVerifier;
import io.capitalist4j.adapter.api2.CallbackVerdict;
import io.capitalist4j.domain.api2.Api2Callback;
import io.capitalist4j.domain.auth.Secret;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/** Receives API2 callbacks on the JDK's own HTTP server and hands on only the authentic ones. */
final class CallbackReceiver implements AutoCloseable {

    private final HttpServer server;

    CallbackReceiver(InetSocketAddress address, Secret apiSecret, Consumer<Api2Callback> onPayment) throws IOException {
        Api2CallbackVerifier verifier = Api2CallbackVerifier.builder(apiSecret).build(); // ±5 min, replays refused
        server = HttpServer.create(address, 0);
        server.createContext("/capitalist/callback", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes(); // the bytes as received: they are what was signed
            CallbackVerdict verdict = verifier.verify(exchange.getRequestHeaders(), body);
            if (verdict.isValid()) {
                onPayment.accept(verdict.callback().orElseThrow());
            }
            // 200 for a valid or replayed delivery (nothing more to do), 401 for anything else
            boolean accept = verdict.isValid() || verdict.kind() == CallbackVerdict.Kind.REPLAYED;
            exchange.sendResponseHeaders(accept ? 200 : 401, -1);
            exchange.close();
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
// docs/api2.md callback receiver: end
