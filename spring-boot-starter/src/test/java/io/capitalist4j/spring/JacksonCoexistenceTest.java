package io.capitalist4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.Payouts;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot 4 maps JSON with Jackson 3 ({@code tools.jackson}); the library reads API2's JSON with Jackson 2
 * ({@code com.fasterxml.jackson}). Both in one application: the application's mapper is Jackson 3, the client works.
 */
class JacksonCoexistenceTest {

    @Test
    void the_applications_jackson_3_mapper_and_the_clients_jackson_2_work_side_by_side() {
        Runners.starter().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withPropertyValues("capitalist.sandbox=true", "capitalist.api=2").run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JsonMapper.class);
                    assertThat(context.getBean(JsonMapper.class).writeValueAsString(Map.of("paid", 3)))
                            .isEqualTo("{\"paid\":3}");
                    assertThat(context.getBean(Payouts.class).balances().toCompletableFuture().join())
                            .extracting(a -> a.number().toString()).contains(Api2SandboxIdentity.USD_ACCOUNT);
                });
    }
}
