package io.capitalist4j.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * A ready Capitalist client from {@code capitalist.*} properties: {@code CapitalistClient} (and its
 * {@code BlockingCapitalistClient}) for {@code capitalist.api=1}, {@code Api2Client} for {@code capitalist.api=2},
 * the protocol-neutral {@code Payouts} of either, and the payout journal they submit through. Every bean backs off
 * when the application defines one of the same type; {@link CapitalistClientCustomizer} and
 * {@link Api2ClientCustomizer} beans change the builders without replacing the clients.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(CapitalistProperties.class)
@Import({SandboxConfiguration.class, JournalConfiguration.class, V1ClientConfiguration.class,
        Api2ClientConfiguration.class})
public class CapitalistAutoConfiguration {
}
