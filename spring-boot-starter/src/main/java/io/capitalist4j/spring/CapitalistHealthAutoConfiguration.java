package io.capitalist4j.spring;

import io.capitalist4j.application.Payouts;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@link CapitalistHealthIndicator}, when spring-boot-health (the actuator) is on the classpath and
 * {@code management.health.capitalist.enabled} is not false.
 */
@AutoConfiguration(after = CapitalistAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(Payouts.class)
@ConditionalOnEnabledHealthIndicator("capitalist")
public class CapitalistHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "capitalistHealthIndicator")
    CapitalistHealthIndicator capitalistHealthIndicator(Payouts payouts, CapitalistProperties properties,
                                                        ObjectProvider<PayoutJournalPort> journals,
                                                        ObjectProvider<SandboxTarget> sandboxes) {
        Optional<PayoutJournalPort> journal = Identity.journalInUse(properties, journals);
        Optional<String> owner = Identity.journalOwner(properties, Optional.ofNullable(sandboxes.getIfAvailable()));
        return new CapitalistHealthIndicator(payouts, journal, owner, properties.getHealth().getTimeout());
    }
}
