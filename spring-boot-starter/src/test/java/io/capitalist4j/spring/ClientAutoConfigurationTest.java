package io.capitalist4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.application.Api2Client;
import io.capitalist4j.application.BlockingCapitalistClient;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.Payouts;
import io.capitalist4j.domain.account.Account;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.InMemoryCapitalistApi;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class ClientAutoConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void api_1_gives_the_v1_client_its_blocking_view_and_payouts_and_no_api2_client() {
        Runners.starter().withPropertyValues("capitalist.sandbox=true").run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(CapitalistClient.class)
                    .hasSingleBean(BlockingCapitalistClient.class)
                    .hasSingleBean(Payouts.class)
                    .doesNotHaveBean(Api2Client.class)
                    .doesNotHaveBean(FakeApi2Server.class);
            assertThat(context.getBean(Payouts.class).protocol()).isEqualTo("v1");
            assertThat(context.getBean(CapitalistClient.class).journal()).isPresent();
        });
    }

    @Test
    void api_2_gives_the_api2_client_and_its_payouts_and_no_v1_client() {
        Runners.starter().withPropertyValues("capitalist.sandbox=true", "capitalist.api=2").run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(Api2Client.class)
                    .hasSingleBean(Payouts.class)
                    .hasSingleBean(FakeApi2Server.class)
                    .doesNotHaveBean(CapitalistClient.class)
                    .doesNotHaveBean(BlockingCapitalistClient.class)
                    .doesNotHaveBean(FakeCapitalistServer.class);
            assertThat(context.getBean(Payouts.class).protocol()).isEqualTo("api2");
        });
    }

    @Test
    void api_1_properties_reach_the_server_login_password_and_an_encrypted_key_file_bound_from_text() {
        Path keys = SandboxIdentity.writeKeyFiles(dir.resolve("keys"));
        try (FakeCapitalistServer server = FakeCapitalistServer.sandbox()) {
            Runners.starter().withPropertyValues(
                    "capitalist.url=" + server.uri(),
                    "capitalist.login=" + SandboxIdentity.LOGIN,
                    "capitalist.password=" + SandboxIdentity.PASSWORD,
                    "capitalist.key-file=" + keys.resolve(SandboxIdentity.ENCRYPTED_KEY_FILE),
                    "capitalist.key-password=" + SandboxIdentity.CERTIFICATE_PASSWORD,
                    "capitalist.http.request-timeout=10s",
                    "capitalist.http.read-retries=0",
                    "capitalist.journal.mode=none").run(context -> {
                assertThat(context).hasNotFailed();
                List<Account> accounts = context.getBean(Payouts.class).balances().toCompletableFuture().join();
                assertThat(accounts).extracting(a -> a.number().toString())
                        .contains(SandboxIdentity.RUR_ACCOUNT, SandboxIdentity.USD_ACCOUNT);
                assertThat(server.count("get_token")).isPositive();
            });
        }
    }

    @Test
    void a_wrong_certificate_password_stops_the_start_without_showing_it() {
        Path keys = SandboxIdentity.writeKeyFiles(dir.resolve("keys"));
        Runners.starter().withPropertyValues(
                "capitalist.url=http://127.0.0.1:9/",
                "capitalist.login=" + SandboxIdentity.LOGIN,
                "capitalist.password=irrelevant",
                "capitalist.key-file=" + keys.resolve(SandboxIdentity.ENCRYPTED_KEY_FILE),
                "capitalist.key-password=not-the-Cert-pw-42",
                "capitalist.journal.mode=none").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("the certificate password or login does not match this key file");
            assertThat(stackText(context.getStartupFailure())).doesNotContain("not-the-Cert-pw-42");
        });
    }

    @Test
    void api_2_properties_reach_the_server_key_and_secret_bound_from_text() {
        try (FakeApi2Server server = FakeApi2Server.sandbox()) {
            Runners.starter().withPropertyValues(
                    "capitalist.api=2",
                    "capitalist.url=" + server.uri(),
                    "capitalist.api-key=" + Api2SandboxIdentity.API_KEY,
                    "capitalist.api-secret=" + Api2SandboxIdentity.API_SECRET,
                    "capitalist.http.read-retries=0",
                    "capitalist.journal.mode=none").run(context -> {
                assertThat(context).hasNotFailed();
                List<Account> accounts = context.getBean(Payouts.class).balances().toCompletableFuture().join();
                assertThat(accounts).extracting(a -> a.number().toString())
                        .contains(Api2SandboxIdentity.RUR_ACCOUNT, Api2SandboxIdentity.USD_ACCOUNT);
            });
        }
    }

    @Test
    void a_missing_login_stops_the_start_naming_the_property() {
        Runners.starter().withPropertyValues("capitalist.password=secret-pw-1", "capitalist.journal.mode=none")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(CapitalistPropertyException.class)
                            .hasMessageStartingWith("capitalist.login: not set");
                    FailureAnalysis analysis = new CapitalistPropertyFailureAnalyzer()
                            .analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("capitalist.login");
                    assertThat(analysis.getAction()).contains("Set capitalist.login");
                });
    }

    @Test
    void a_missing_password_stops_the_start_naming_the_property() {
        Runners.starter().withPropertyValues("capitalist.login=me", "capitalist.journal.mode=none").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageStartingWith("capitalist.password: not set"));
    }

    @Test
    void api_2_without_a_key_or_secret_stops_the_start_naming_the_property() {
        Runners.starter().withPropertyValues("capitalist.api=2", "capitalist.api-secret=s3cr3t-value",
                "capitalist.journal.mode=none").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageStartingWith("capitalist.api-key: not set"));
        Runners.starter().withPropertyValues("capitalist.api=2", "capitalist.api-key=k1",
                "capitalist.journal.mode=none").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageStartingWith("capitalist.api-secret: not set"));
    }

    @Test
    void two_ways_of_proving_uploads_stop_the_start_naming_both() {
        Runners.starter().withPropertyValues("capitalist.login=me", "capitalist.password=pw",
                "capitalist.pin=1234", "capitalist.sms-confirmation=true", "capitalist.journal.mode=none")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("capitalist.pin and capitalist.sms-confirmation"));
    }

    @Test
    void an_api_other_than_1_or_2_stops_the_start_naming_the_property() {
        Runners.starter().withPropertyValues("capitalist.api=3").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("capitalist.api must be 1 or 2, not 3"));
    }

    @Test
    void the_sandbox_without_the_testkit_stops_the_start_naming_the_property() {
        Runners.starter().withClassLoader(new FilteredClassLoader(FakeCapitalistServer.class))
                .withPropertyValues("capitalist.sandbox=true").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("capitalist.sandbox")
                            .hasMessageContaining("capitalist4j-testkit");
                });
    }

    @Test
    void spring_boot_reports_a_missing_property_by_name_when_the_application_fails_to_start(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(Minimal.class).web(WebApplicationType.NONE)
                .properties("capitalist.journal.mode=none", "capitalist.login=me");
        assertThatThrownBy(() -> app.run()).hasRootCauseInstanceOf(CapitalistPropertyException.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
                "The Capitalist client cannot be configured: capitalist.password: not set",
                "Set capitalist.password");
    }

    @Test
    void a_client_of_the_application_wins_and_payouts_come_from_it() {
        Runners.starter().withUserConfiguration(OwnClient.class)
                .withPropertyValues("capitalist.journal.mode=none").run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(CapitalistClient.class);
                    CapitalistClient own = context.getBean(CapitalistClient.class);
                    assertThat(own).isSameAs(context.getBean("ownClient"));
                    assertThat(context.getBean(BlockingCapitalistClient.class)).isNotNull();
                    List<Account> accounts = context.getBean(Payouts.class).balances().toCompletableFuture().join();
                    assertThat(accounts).isNotEmpty();
                });
    }

    @Test
    void payouts_of_the_application_win() {
        Runners.starter().withUserConfiguration(OwnPayouts.class).withPropertyValues("capitalist.sandbox=true")
                .run(context -> assertThat(context.getBean(Payouts.class)).isSameAs(context.getBean("ownPayouts")));
    }

    @Test
    void customizers_change_the_builders_of_either_client() {
        Runners.starter().withUserConfiguration(Customizers.class).withPropertyValues("capitalist.sandbox=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Customizers.class).v1.get()).isEqualTo(1);
                    assertThat(context.getBean(Customizers.class).api2.get()).isZero();
                });
        Runners.starter().withUserConfiguration(Customizers.class)
                .withPropertyValues("capitalist.sandbox=true", "capitalist.api=2").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Customizers.class).v1.get()).isZero();
                    assertThat(context.getBean(Customizers.class).api2.get()).isEqualTo(1);
                });
    }

    private static String stackText(Throwable failure) {
        java.io.StringWriter text = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Minimal {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        @Bean
        CapitalistClient ownClient() {
            return CapitalistClient.builder().api(InMemoryCapitalistApi.sandbox()).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnPayouts {
        @Bean
        Payouts ownPayouts(CapitalistClient client) {
            return client.payouts();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {
        final AtomicInteger v1 = new AtomicInteger();
        final AtomicInteger api2 = new AtomicInteger();

        @Bean
        CapitalistClientCustomizer countV1() {
            return builder -> v1.incrementAndGet();
        }

        @Bean
        Api2ClientCustomizer countApi2() {
            return builder -> api2.incrementAndGet();
        }
    }
}
