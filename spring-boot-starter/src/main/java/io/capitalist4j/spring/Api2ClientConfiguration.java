package io.capitalist4j.spring;

import io.capitalist4j.adapter.api2.Api2Credentials;
import io.capitalist4j.adapter.api2.Api2Http;
import io.capitalist4j.adapter.api2.Api2HttpApi;
import io.capitalist4j.adapter.api2.Api2Options;
import io.capitalist4j.application.Api2Client;
import io.capitalist4j.application.Payouts;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code capitalist.api=2}: the API2 client (one signed payout per request) and its {@link Payouts}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "capitalist", name = "api", havingValue = "2")
class Api2ClientConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Api2Client api2Client(CapitalistProperties properties, ObjectProvider<SandboxTarget> sandboxes,
                          ObjectProvider<PayoutJournalPort> journals,
                          ObjectProvider<Api2ClientCustomizer> customizers) {
        Optional<SandboxTarget> sandbox = SandboxTarget.of(properties, sandboxes);
        URI url;
        Api2Credentials credentials;
        if (sandbox.isPresent()) {
            url = sandbox.get().uri();
            credentials = Api2Credentials.of(sandbox.get().apiKey(), sandbox.get().apiSecret());
        } else {
            String key = Identity.nonBlank(properties.getApiKey()).orElseThrow(() -> CapitalistPropertyException
                    .missing("capitalist.api-key", "api 2 needs the API key"));
            if (properties.getApiSecret() == null || properties.getApiSecret().isEmpty()) {
                throw CapitalistPropertyException.missing("capitalist.api-secret",
                        "api 2 needs the API secret that signs every request");
            }
            url = properties.getUrl() != null ? properties.getUrl() : Api2Options.PRODUCTION;
            credentials = Api2Credentials.of(key.strip(), properties.getApiSecret());
        }
        Api2Options.Builder options = Api2Options.builder();
        WireSettings.apply(properties.getHttp(), options);
        options.baseUrl(url);
        Api2HttpApi api = Api2Http.create(options.build(), credentials);
        try {
            Api2Client.Builder client = Api2Client.builder().api(api).owning(api);
            if (properties.getJournal().getMode() != JournalMode.NONE) {
                PayoutJournalPort journal = journals.getIfUnique();
                if (journal != null) {
                    client.journal(journal, Identity.API2_OWNER_PREFIX + credentials.apiKey());
                }
            }
            customizers.orderedStream().forEach(c -> c.customize(client));
            return client.build();
        } catch (RuntimeException | Error e) {
            api.close();
            throw e;
        }
    }

    @Bean
    @ConditionalOnMissingBean
    Payouts capitalistPayouts(Api2Client client) {
        return client.payouts();
    }
}
