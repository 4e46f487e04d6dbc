package io.capitalist4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;

class HealthAutoConfigurationTest {

    @Test
    void the_indicator_is_up_when_the_server_answers_and_reports_nothing_in_doubt() {
        Runners.starter().withPropertyValues("capitalist.sandbox=true").run(context -> {
            assertThat(context).hasNotFailed().hasBean("capitalistHealthIndicator");
            Health health = context.getBean("capitalistHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("protocol", "v1").containsEntry("accounts", 4)
                    .containsEntry("inDoubt", 0);
        });
    }

    @Test
    void numbers_in_doubt_are_a_detail_and_leave_the_status_up() {
        Runners.starter().withPropertyValues("capitalist.sandbox=true").run(context -> {
            context.getBean(PayoutJournalPort.class)
                    .claim(SandboxIdentity.LOGIN, List.of("HELD-1", "HELD-2"), ClaimMode.ALL_OR_NOTHING);
            Health health = context.getBean(CapitalistHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("inDoubt", 2);
        });
    }

    @Test
    void api_2_counts_numbers_in_doubt_under_its_own_key() {
        Runners.starter().withPropertyValues("capitalist.sandbox=true", "capitalist.api=2").run(context -> {
            PayoutJournalPort journal = context.getBean(PayoutJournalPort.class);
            journal.claim("api2:" + Api2SandboxIdentity.API_KEY, List.of("HELD-1"), ClaimMode.ALL_OR_NOTHING);
            journal.claim(SandboxIdentity.LOGIN, List.of("V1-ONLY"), ClaimMode.ALL_OR_NOTHING);
            Health health = context.getBean(CapitalistHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("protocol", "api2").containsEntry("accounts", 5)
                    .containsEntry("inDoubt", 1);
        });
    }

    @Test
    void the_indicator_is_down_when_the_server_cannot_be_reached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Runners.starter().withPropertyValues("capitalist.url=http://127.0.0.1:" + closedPort + "/",
                "capitalist.login=me", "capitalist.password=pw-never-shown", "capitalist.http.read-retries=0",
                "capitalist.health.timeout=20s", "capitalist.journal.mode=none").run(context -> {
                    Health health = context.getBean(CapitalistHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsKey("error").doesNotContainKey("inDoubt");
                    assertThat(health.getDetails().get("error").toString()).doesNotContain("pw-never-shown");
                });
    }

    @Test
    void the_indicator_is_down_when_the_server_refuses_the_credentials() {
        try (FakeApi2Server server = FakeApi2Server.sandbox()) {
            Runners.starter().withPropertyValues("capitalist.api=2", "capitalist.url=" + server.uri(),
                    "capitalist.api-key=" + Api2SandboxIdentity.API_KEY, "capitalist.api-secret=wrong-Secret-77",
                    "capitalist.http.read-retries=0", "capitalist.journal.mode=none").run(context -> {
                        Health health = context.getBean(CapitalistHealthIndicator.class).health();
                        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                        assertThat(health.getDetails().get("error").toString())
                                .contains("401", "authentication")
                                .doesNotContain("wrong-Secret-77");
                    });
        }
    }

    @Test
    void without_spring_boot_health_there_is_no_indicator() {
        Runners.starter().withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .withPropertyValues("capitalist.sandbox=true").run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean("capitalistHealthIndicator");
                    assertThat(context).hasBean("capitalistPayouts");
                });
    }

    @Test
    void the_indicator_can_be_switched_off() {
        Runners.starter().withPropertyValues("capitalist.sandbox=true", "management.health.capitalist.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("capitalistHealthIndicator"));
    }
}
