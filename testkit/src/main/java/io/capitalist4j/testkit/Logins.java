package io.capitalist4j.testkit;

import io.capitalist4j.testkit.keys.BankCrypto;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Who is calling: tokens from get_token, the two password modes, and the lock after repeated failures.
 * Not thread-safe: the engine calls it under its own lock.
 */
final class Logins {

    /** The credentials of one request, as sent; any may be absent. */
    record Credentials(String plainPassword, String token, String encryptedPassword) {
        static Credentials plain(String password) {
            return new Credentials(password, null, null);
        }
    }

    record TokenGrant(String token, String modulusHex, String exponentHex, String pkcs1Pem) {
        @Override
        public String toString() {
            return "TokenGrant[***]";
        }
    }

    private record IssuedToken(String login, Instant expiresAt) {
    }

    private static final class Attempts {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil = Instant.MIN;
    }

    private final SandboxConfig config;
    private final Clock clock;
    private final ServerKey key;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, IssuedToken> tokens = new HashMap<>();
    private final Map<String, Attempts> attempts = new HashMap<>();

    Logins(SandboxConfig config, ServerKey key) {
        this.config = config;
        this.clock = config.clock();
        this.key = key;
    }

    TokenGrant issue(SandboxUser user) {
        purgeExpired();
        byte[] bytes = new byte[128];
        random.nextBytes(bytes);
        String token = HexFormat.of().withUpperCase().formatHex(bytes);
        tokens.put(token, new IssuedToken(user.login(), clock.instant().plus(config.tokenLifetime())));
        return new TokenGrant(token, key.modulusHex, key.exponentHex, key.pkcs1Pem);
    }

    /** Checks the password (plain, or encrypted with a live token) and the lock; throws the v1 code. */
    void check(SandboxUser user, Credentials c) {
        Attempts a = attempts.computeIfAbsent(user.login(), l -> new Attempts());
        Instant now = clock.instant();
        if (now.isBefore(a.lockedUntil)) {
            throw new ApiFailure(16, "The number of login attempts exceeded; try again 30 minutes later");
        }
        boolean ok;
        if (c.plainPassword() != null) {
            ok = sameBytes(c.plainPassword().getBytes(StandardCharsets.UTF_8), user.password().utf8());
        } else {
            IssuedToken t = c.token() == null ? null : tokens.get(c.token().toUpperCase(Locale.ROOT));
            if (t == null || !now.isBefore(t.expiresAt()) || !t.login().equals(user.login())) {
                throw new ApiFailure(20, "Invalid authentication token");
            }
            byte[] password = decrypted(c.encryptedPassword());
            ok = sameBytes(password, user.password().utf8());
            Arrays.fill(password, (byte) 0);
        }
        if (!ok) {
            fail(a, now);
            throw new ApiFailure(15, "Invalid password");
        }
        a.failures.clear();
    }

    private byte[] decrypted(String hex) {
        try {
            return BankCrypto.decryptPasswordHex(key.pair.privateKey(), hex);
        } catch (IllegalArgumentException e) {
            throw new ApiFailure(10, "Error attempting to decrypt the password");
        }
    }

    private void fail(Attempts a, Instant now) {
        Instant windowStart = now.minus(config.lockDuration());
        while (!a.failures.isEmpty() && !a.failures.peekFirst().isAfter(windowStart)) {
            a.failures.removeFirst();
        }
        a.failures.addLast(now);
        if (a.failures.size() >= config.maxFailedLogins()) {
            a.lockedUntil = now.plus(config.lockDuration());
            a.failures.clear();
        }
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        for (Iterator<IssuedToken> it = tokens.values().iterator(); it.hasNext(); ) {
            if (!now.isBefore(it.next().expiresAt())) {
                it.remove();
            }
        }
    }

    private static boolean sameBytes(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
