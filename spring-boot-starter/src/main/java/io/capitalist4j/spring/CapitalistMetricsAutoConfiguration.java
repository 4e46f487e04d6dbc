package io.capitalist4j.spring;

import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.micrometer.MicrometerListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * When the application has Micrometer (a {@link MeterRegistry} bean) and {@code capitalist4j-micrometer} is on the
 * classpath: the clients the starter builds report to a {@link MicrometerListener} on that registry, and the journal's
 * numbers in doubt are the gauge {@value MicrometerListener#IN_DOUBT}. Without either, nothing here is made and the
 * clients carry no listener.
 */
@AutoConfiguration(after = CapitalistAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(name = {"io.capitalist4j.micrometer.MicrometerListener", "io.micrometer.core.instrument.MeterRegistry"})
@ConditionalOnBean(MeterRegistry.class)
public class CapitalistMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MicrometerListener capitalistMicrometerListener(MeterRegistry registry) {
        return new MicrometerListener(registry);
    }

    @Bean
    CapitalistClientCustomizer capitalistMicrometerCustomizer(MicrometerListener listener) {
        return builder -> builder.listener(listener);
    }

    @Bean
    Api2ClientCustomizer api2MicrometerCustomizer(MicrometerListener listener) {
        return builder -> builder.listener(listener);
    }

    /** The in-doubt gauge, bound by Boot to every registry it manages; none without a journal or an owner. */
    @Bean
    MeterBinder capitalistJournalMeters(CapitalistProperties properties, ObjectProvider<PayoutJournalPort> journals,
                                        ObjectProvider<SandboxTarget> sandboxes) {
        return registry -> {
            Optional<PayoutJournalPort> journal = Identity.journalInUse(properties, journals);
            Optional<String> owner = Identity.journalOwner(properties, Optional.ofNullable(sandboxes.getIfAvailable()));
            if (journal.isPresent() && owner.isPresent()) {
                MicrometerListener.bindJournal(registry, journal.get(), owner.get());
            }
        };
    }
}
