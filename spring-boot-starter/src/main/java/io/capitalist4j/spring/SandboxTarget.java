package io.capitalist4j.spring;

import io.capitalist4j.adapter.signing.CertificateKey;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.Secret;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The sandbox server that {@code capitalist.sandbox=true} started, as the client sees it: where it listens and the
 * public test identity it accepts (v1: login, password, certificate key; API2: key and secret), and a journal in
 * memory for when the application has none. Free of testkit types, so the client's configuration loads without it.
 */
record SandboxTarget(URI uri, String login, Secret password, CertificateKey certificateKey, String apiKey,
                     Secret apiSecret, Supplier<PayoutJournalPort> memoryJournal) {

    static SandboxTarget v1(URI uri, String login, Secret password, CertificateKey key,
                            Supplier<PayoutJournalPort> memoryJournal) {
        return new SandboxTarget(uri, login, password, key, null, null, memoryJournal);
    }

    static SandboxTarget api2(URI uri, String apiKey, Secret apiSecret, Supplier<PayoutJournalPort> memoryJournal) {
        return new SandboxTarget(uri, null, null, null, apiKey, apiSecret, memoryJournal);
    }

    /**
     * The sandbox when {@code capitalist.sandbox=true}, else empty.
     *
     * @throws CapitalistPropertyException when the sandbox is asked for and the testkit is not on the classpath
     */
    static Optional<SandboxTarget> of(CapitalistProperties properties, ObjectProvider<SandboxTarget> started) {
        if (!properties.isSandbox()) {
            return Optional.empty();
        }
        SandboxTarget target = started.getIfAvailable();
        if (target == null) {
            throw new CapitalistPropertyException("capitalist.sandbox",
                    "true, but io.capitalist4j:capitalist4j-testkit (the sandbox servers) is not on the classpath",
                    "Add io.capitalist4j:capitalist4j-testkit (test scope) to run against the sandbox, or remove "
                            + "capitalist.sandbox.");
        }
        return Optional.of(target);
    }
}
