package io.capitalist4j.spring;

import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.application.BlockingCapitalistClient;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.Payouts;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.client.Capitalist;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code capitalist.api=1} (the default): the v1 client, its blocking view and its {@link Payouts}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "capitalist", name = "api", havingValue = "1", matchIfMissing = true)
class V1ClientConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    CapitalistClient capitalistClient(CapitalistProperties properties, ObjectProvider<SandboxTarget> sandboxes,
                                      ObjectProvider<PayoutJournalPort> journals,
                                      ObjectProvider<CapitalistClientCustomizer> customizers) {
        Capitalist.Builder builder = Capitalist.builder();
        Optional<SandboxTarget> sandbox = SandboxTarget.of(properties, sandboxes);
        if (sandbox.isPresent()) {
            SandboxTarget s = sandbox.get();
            builder.endpoint(s.uri()).credentials(s.login(), s.password()).signingKey(s.certificateKey());
        } else {
            String login = Identity.nonBlank(properties.getLogin()).orElseThrow(() -> CapitalistPropertyException
                    .missing("capitalist.login", "api 1 needs the API login (the user name, not the e-mail)"));
            if (properties.getPassword() == null) {
                throw CapitalistPropertyException.missing("capitalist.password", "api 1 needs the account password");
            }
            builder.endpoint(properties.getUrl() != null ? properties.getUrl() : HttpOptions.PRODUCTION)
                    .credentials(login.strip(), properties.getPassword());
            proveUploads(properties, builder);
        }
        builder.http(options -> WireSettings.apply(properties.getHttp(), options));
        if (properties.getJournal().getMode() != JournalMode.NONE) {
            PayoutJournalPort journal = journals.getIfUnique();
            if (journal != null) {
                builder.journal(journal);
            }
        }
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }

    /** The one way uploads are proven: a key file, a PIN or SMS; none leaves {@code submit(batch)} unavailable. */
    private static void proveUploads(CapitalistProperties properties, Capitalist.Builder builder) {
        List<String> chosen = new ArrayList<>();
        if (properties.getKeyFile() != null) {
            chosen.add("capitalist.key-file");
        }
        if (properties.getPin() != null) {
            chosen.add("capitalist.pin");
        }
        if (properties.isSmsConfirmation()) {
            chosen.add("capitalist.sms-confirmation");
        }
        if (chosen.size() > 1) {
            throw new CapitalistPropertyException(chosen.get(0), "uploads are proven one way, but "
                    + String.join(" and ", chosen) + " are all set", "Keep one of " + String.join(", ", chosen) + ".");
        }
        if (properties.getKeyPassword() != null && properties.getKeyFile() == null) {
            throw CapitalistPropertyException.missing("capitalist.key-file",
                    "capitalist.key-password is set, so the key file it opens is needed");
        }
        if (properties.getKeyFile() != null) {
            if (properties.getKeyPassword() != null) {
                builder.signingKey(properties.getKeyFile(), properties.getKeyPassword());
            } else {
                builder.signingKey(properties.getKeyFile());
            }
        } else if (properties.getPin() != null) {
            builder.pin(properties.getPin());
        } else if (properties.isSmsConfirmation()) {
            builder.smsConfirmation();
        }
    }

    @Bean
    @ConditionalOnMissingBean
    BlockingCapitalistClient blockingCapitalistClient(CapitalistClient client) {
        return client.blocking();
    }

    @Bean
    @ConditionalOnMissingBean
    Payouts capitalistPayouts(CapitalistClient client) {
        return client.payouts();
    }
}
