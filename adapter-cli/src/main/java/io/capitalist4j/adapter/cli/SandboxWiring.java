package io.capitalist4j.adapter.cli;

import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.adapter.signing.CertificateKey;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxBank;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.Timeline;
import java.time.Duration;

/**
 * The published sandbox identity as the CLI uses it with {@code --sandbox}: public test credentials of a fake
 * bank, so no environment variable or key file is needed to see a full payout cycle.
 */
final class SandboxWiring {
    /**
     * Time between two record states in the sandbox: a batch is final in well under a second of sandbox
     * time per state, so the main job shows every state and still ends in a few seconds.
     */
    static final Duration STEP = Duration.ofMillis(250);

    private SandboxWiring() {
    }

    /**
     * The fake server with the sandbox user, on 127.0.0.1 ({@code port} 0 picks a free one), JSON-only like the
     * live server.
     */
    static FakeCapitalistServer start(int port, Duration step) {
        return start(port, step, false);
    }

    /** As {@link #start(int, Duration)}; with {@code legacyFormats} it also answers CSV and json-lite. */
    static FakeCapitalistServer start(int port, Duration step, boolean legacyFormats) {
        SandboxConfig config = SandboxConfig.sandbox().timeline(Timeline.steps(step)).legacyFormats(legacyFormats).build();
        return FakeCapitalistServer.start(SandboxBank.create(config), port);
    }

    static String login() {
        return SandboxIdentity.LOGIN;
    }

    static Secret password() {
        return Secret.of(SandboxIdentity.PASSWORD);
    }

    static Secret pin() {
        return Secret.of(SandboxIdentity.PIN);
    }

    static Secret certificatePassword() {
        return Secret.of(SandboxIdentity.CERTIFICATE_PASSWORD);
    }

    static CertificateKey certificateKey() {
        return BouncyCastleSigning.readKey(SandboxIdentity.privateKeyPem(), "sandbox certificate");
    }
}
