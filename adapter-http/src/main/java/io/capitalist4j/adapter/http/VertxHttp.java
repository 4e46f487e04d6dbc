package io.capitalist4j.adapter.http;

import io.capitalist4j.application.port.out.PasswordCipherPort;
import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.auth.Printable;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.JksOptions;
import io.vertx.core.net.PfxOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the HTTP client of the Capitalist v1 API on the Vert.x HTTP client. */
public final class VertxHttp {

    private static final Logger LOG = LoggerFactory.getLogger(VertxHttp.class);

    /** How long {@link CapitalistHttpApi#close()} waits for a Vert.x instance it made to stop its threads. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private VertxHttp() {
    }

    /**
     * A client for these options and credentials. With {@link HttpOptions#vertx()} empty it makes its own
     * Vert.x instance and {@link CapitalistHttpApi#close()} closes it, waiting until its threads have stopped;
     * a given one is left running: whoever made it closes it.
     */
    public static CapitalistHttpApi create(HttpOptions options, Credentials credentials, PasswordCipherPort cipher) {
        return create(options, credentials, cipher, new KnownSecrets());
    }

    /**
     * The same client, sharing {@code secrets} with the caller: the client adds the password and every token it
     * is granted, and masks all of them by value in its exception messages; the caller can mask its own output with
     * the same set (the CLI does, for everything it prints).
     */
    public static CapitalistHttpApi create(HttpOptions options, Credentials credentials, PasswordCipherPort cipher,
                                           KnownSecrets secrets) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(cipher, "cipher");
        boolean owns = options.vertx().isEmpty();
        Vertx vertx = options.vertx().orElseGet(Vertx::vertx);
        try {
            HttpClient client = vertx.createHttpClient(clientOptions(options),
                    new PoolOptions().setHttp1MaxSize(options.maxConnections()));
            return new ClosingApi(new VertxCapitalistApi(vertx, owns, client, options, credentials, cipher, secrets));
        } catch (RuntimeException e) {
            if (owns) {
                closeAndWait(vertx);
            }
            throw e;
        }
    }

    /**
     * Closes a Vert.x instance this adapter made and waits, boundedly, until it is closed, so that no thread
     * of it outlives the call. On a Vert.x thread it cannot wait (that thread must stop too): it only starts it.
     */
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

    /** Redirects are not followed: each request says so ({@link Exchange}); the User-Agent is its header too. */
    static HttpClientOptions clientOptions(HttpOptions options) {
        HttpClientOptions o = new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()))
                // Certificate and host name checks are always on; a trust store only narrows what is trusted.
                .setTrustAll(false)
                .setVerifyHost(true);
        options.trustStore().ifPresent(store -> {
            String path = store.path().toString();
            String password = store.password().reveal();
            if (store.type() == TrustStore.Type.JKS) {
                o.setTrustOptions(new JksOptions().setPath(path).setPassword(password));
            } else {
                o.setTrustOptions(new PfxOptions().setPath(path).setPassword(password));
            }
        });
        options.proxy().ifPresent(proxy -> {
            ProxyOptions p = new ProxyOptions()
                    .setType(proxy.type() == ProxySettings.Type.SOCKS5 ? ProxyType.SOCKS5 : ProxyType.HTTP)
                    .setHost(proxy.host())
                    .setPort(proxy.port());
            proxy.username().ifPresent(p::setUsername);
            proxy.password().ifPresent(secret -> p.setPassword(secret.reveal()));
            o.setProxyOptions(p);
        });
        return o;
    }
}
