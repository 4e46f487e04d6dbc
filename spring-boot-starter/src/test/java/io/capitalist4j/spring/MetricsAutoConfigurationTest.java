package io.capitalist4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.Payouts;
import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.micrometer.MicrometerListener;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MetricsAutoConfigurationTest {

    private static ApplicationContextRunner withMetrics() {
        return Runners.starter().withConfiguration(AutoConfigurations.of(CapitalistMetricsAutoConfiguration.class));
    }

    /** Boot binds MeterBinder beans to its registries; this context has no Boot metrics, so the test binds them. */
    private static void bindAll(org.springframework.context.ApplicationContext context, MeterRegistry registry) {
        context.getBeansOfType(MeterBinder.class).values().forEach(b -> b.bindTo(registry));
    }

    @Test
    void with_a_meter_registry_v1_calls_and_the_in_doubt_count_are_recorded() {
        withMetrics().withPropertyValues("capitalist.sandbox=true")
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MicrometerListener.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    context.getBean(CapitalistClient.class).blocking().accounts();
                    assertThat(registry.get(MicrometerListener.CALLS).tag("protocol", "v1")
                            .tag("operation", "get_accounts").tag("outcome", "OK").timer().count()).isEqualTo(1);

                    bindAll(context, registry);
                    context.getBean(PayoutJournalPort.class)
                            .claim(SandboxIdentity.LOGIN, List.of("GAUGE-1", "GAUGE-2"), ClaimMode.ALL_OR_NOTHING);
                    assertThat(registry.get(MicrometerListener.IN_DOUBT).gauge().value()).isEqualTo(2.0);
                });
    }

    @Test
    void with_a_meter_registry_api2_calls_are_recorded_under_api2() {
        withMetrics().withPropertyValues("capitalist.sandbox=true", "capitalist.api=2")
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    context.getBean(Payouts.class).balances().toCompletableFuture().join();
                    assertThat(registry.get(MicrometerListener.CALLS).tag("protocol", "api2")
                            .tag("operation", "account.list").tag("outcome", "OK").timer().count())
                            .as("one account/list per currency").isPositive();
                    bindAll(context, registry);
                    context.getBean(PayoutJournalPort.class).claim("api2:" + Api2SandboxIdentity.API_KEY,
                            List.of("GAUGE-1"), ClaimMode.ALL_OR_NOTHING);
                    assertThat(registry.get(MicrometerListener.IN_DOUBT).gauge().value()).isEqualTo(1.0);
                });
    }

    @Test
    void without_a_meter_registry_nothing_is_made() {
        withMetrics().withPropertyValues("capitalist.sandbox=true").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(CapitalistClient.class)
                    .doesNotHaveBean(MicrometerListener.class).doesNotHaveBean(MeterBinder.class);
        });
    }

    @Test
    void without_the_micrometer_module_on_the_classpath_nothing_is_made() {
        withMetrics().withPropertyValues("capitalist.sandbox=true")
                .withClassLoader(new FilteredClassLoader(MicrometerListener.class))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(CapitalistClient.class)
                            .doesNotHaveBean(CapitalistClientCustomizer.class).doesNotHaveBean(MeterBinder.class);
                });
    }

    @Test
    void with_the_journal_off_there_is_no_gauge() {
        withMetrics().withPropertyValues("capitalist.sandbox=true", "capitalist.journal.mode=none")
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    bindAll(context, registry);
                    assertThat(registry.find(MicrometerListener.IN_DOUBT).gauge()).isNull();
                });
    }
}
