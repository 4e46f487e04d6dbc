package io.capitalist4j.adapter.http;

import io.capitalist4j.adapter.csv.wire.TokenGrant;
import io.capitalist4j.application.port.out.PasswordCipherPort;
import io.capitalist4j.domain.auth.Secret;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The login state shared by all calls: the current token session (one get_token in flight at most,
 * shared by every caller that needs it) and the local lock after code 16, during which nothing that
 * carries credentials is sent.
 */
final class Session {

    private final Vertx vertx;
    private final Secret password;
    private final PasswordCipherPort cipher;
    private final Clock clock;
    private final Duration lockPeriod;
    private final Supplier<Future<TokenGrant>> fetchToken;
    private final AtomicReference<Future<Auth>> current = new AtomicReference<>();
    private final AtomicReference<Instant> lockedUntil = new AtomicReference<>();

    Session(Vertx vertx, Secret password, PasswordCipherPort cipher, Clock clock, Duration lockPeriod,
            Supplier<Future<TokenGrant>> fetchToken) {
        this.vertx = vertx;
        this.password = password;
        this.cipher = cipher;
        this.clock = clock;
        this.lockPeriod = lockPeriod;
        this.fetchToken = fetchToken;
    }

    /** The token session, fetching one if there is none; a failed fetch is forgotten so the next call tries again. */
    Future<Auth> tokenAuth() {
        while (true) {
            Future<Auth> existing = current.get();
            if (existing != null && !existing.failed()) {
                return existing;
            }
            Promise<Auth> promise = Promise.promise();
            if (current.compareAndSet(existing, promise.future())) {
                fetchToken.get()
                        // RSA is CPU work and the cipher may be slow to initialise: keep it off the event loop.
                        .compose(grant -> vertx.executeBlocking(
                                () -> Auth.token(grant.token(), cipher.encryptHex(grant.key(), password)), false))
                        .onComplete(ar -> {
                            if (ar.failed()) {
                                current.compareAndSet(promise.future(), null);
                            }
                            promise.handle(ar);
                        });
                return promise.future();
            }
        }
    }

    /** Drops the session that the server refused (code 20), unless another caller already replaced it. */
    void invalidate(Auth refused) {
        Future<Auth> existing = current.get();
        if (existing != null && existing.succeeded() && existing.result() == refused) {
            current.compareAndSet(existing, null);
        }
    }

    void lock() {
        lockedUntil.set(clock.instant().plus(lockPeriod));
        current.set(null);
    }

    /** When the lock after code 16 ends, while it lasts. */
    Optional<Instant> lockedUntil() {
        Instant until = lockedUntil.get();
        if (until == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(until)) {
            lockedUntil.compareAndSet(until, null);
            return Optional.empty();
        }
        return Optional.of(until);
    }
}
