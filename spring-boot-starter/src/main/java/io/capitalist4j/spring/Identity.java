package io.capitalist4j.spring;

import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** Who the client is, from the properties or the sandbox: the key its journal entries are kept under. */
final class Identity {

    /** API2 numbers are kept apart from v1 logins, as the CLI keeps them: "api2:" and the API key. */
    static final String API2_OWNER_PREFIX = "api2:";

    private Identity() {
    }

    /** The v1 login, or "api2:" and the API key; empty when the properties do not say (a client bean of yours). */
    static Optional<String> journalOwner(CapitalistProperties properties, Optional<SandboxTarget> sandbox) {
        if (properties.getApi() == 2) {
            Optional<String> key = sandbox.map(SandboxTarget::apiKey).or(() -> nonBlank(properties.getApiKey()));
            return key.map(k -> API2_OWNER_PREFIX + k.strip());
        }
        return sandbox.map(SandboxTarget::login).or(() -> nonBlank(properties.getLogin())).map(String::strip);
    }

    /** The journal the clients submit through: none when {@code capitalist.journal.mode=none} or no single bean. */
    static Optional<PayoutJournalPort> journalInUse(CapitalistProperties properties,
                                                    ObjectProvider<PayoutJournalPort> journals) {
        return properties.getJournal().getMode() == JournalMode.NONE ? Optional.empty()
                : Optional.ofNullable(journals.getIfUnique());
    }

    static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
