package io.capitalist4j.adapter.api2;

import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.auth.Printable;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the client of Capitalist API2 (api2.capitalist.net) on the Vert.x HTTP client. */
public final class Api2Http {

    private static final Logger LOG = LoggerFactory.getLogger(Api2Http.class);

    /** How long {@link Api2HttpApi#close()} waits for a Vert.x instance it made to stop its threads. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private Api2Http() {
    }

    /**
     * A client for these options and credentials. With {@link Api2Options#vertx()} empty it makes its own Vert.x
     * instance and {@link Api2HttpApi#close()} closes it; a given one is left running.
     */
    public static Api2HttpApi create(Api2Options options, Api2Credentials credentials) {
        return create(options, credentials, new KnownSecrets());
    }

    /**
     * The same client, sharing {@code secrets} with the caller: the client adds the API key and secret and masks
     * both by value in its exception messages (a server or proxy may echo a request); the caller can mask its own
     * output with the same set.
     */
    public static Api2HttpApi create(Api2Options options, Api2Credentials credentials, KnownSecrets secrets) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(secrets, "secrets");
        boolean owns = options.vertx().isEmpty();
        Vertx vertx = options.vertx().orElseGet(Vertx::vertx);
        try {
            HttpClient client = vertx.createHttpClient(clientOptions(options),
                    new PoolOptions().setHttp1MaxSize(options.maxConnections()));
            return new VertxApi2(vertx, owns, client, options, credentials, secrets);
        } catch (RuntimeException e) {
            if (owns) {
                closeAndWait(vertx);
            }
            throw e;
        }
    }

    /** Closes a Vert.x instance this adapter made and waits, boundedly; on a Vert.x thread it only starts it. */
    static void closeAndWait(Vertx vertx) {
        Future<Void> closing = vertx.close();
        if (Context.isOnVertxThread()) {
            return;
        }
        try {
            closing.toCompletionStage().toCompletableFuture().get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Vert.x did not close cleanly within {}: {}", CLOSE_WAIT, Printable.of(e.toString()));
        }
    }

    /** Certificate and host name checks are always on; redirects are never followed (each request says so). */
    static HttpClientOptions clientOptions(Api2Options options) {
        return new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()))
                .setTrustAll(false)
                .setVerifyHost(true);
    }
}
