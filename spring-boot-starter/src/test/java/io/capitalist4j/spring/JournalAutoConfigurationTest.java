package io.capitalist4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.Api2Client;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.journal.InMemoryPayoutJournal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

@ExtendWith(OutputCaptureExtension.class)
class JournalAutoConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void with_a_data_source_the_journal_runs_on_it_with_tables_of_its_own() {
        Runners.starter().withUserConfiguration(OneDataSource.class).withPropertyValues("capitalist.sandbox=true")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(PayoutJournalPort.class);
                    PayoutJournalPort journal = context.getBean(PayoutJournalPort.class);
                    assertThat(context.getBean(CapitalistClient.class).journal()).containsSame(journal);
                    assertThat(tables(context.getBean(DataSource.class)))
                            .contains("CAPITALIST4J_PAYOUT_JOURNAL", "CAPITALIST4J_PAYOUT_CLAIM", "CAPITALIST4J_JOURNAL_SCHEMA_HISTORY")
                            .doesNotContain("FLYWAY_SCHEMA_HISTORY");
                    journal.claim(SandboxIdentity.LOGIN, List.of("DS-1"), ClaimMode.ALL_OR_NOTHING);
                    try (Connection c = context.getBean(DataSource.class).getConnection();
                         ResultSet rs = c.createStatement().executeQuery(
                                 "SELECT j.login, c.state FROM capitalist4j_payout_journal j JOIN capitalist4j_payout_claim c"
                                         + " ON c.login = j.login AND c.claim_id = j.claim_id"
                                         + " WHERE j.payment_number = 'DS-1'")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo(SandboxIdentity.LOGIN);
                        assertThat(rs.getString(2)).isEqualTo("in-doubt");
                    }
                });
    }

    @Test
    void the_journal_is_made_after_the_applications_own_schema_scripts() {
        Runners.starter()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceInitializationAutoConfiguration.class))
                .withPropertyValues("capitalist.sandbox=true", "spring.datasource.generate-unique-name=true",
                        "spring.sql.init.mode=always", "spring.sql.init.schema-locations=classpath:app-schema.sql")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    String[] dependsOn = context.getBeanFactory().getBeanDefinition("capitalistPayoutJournal")
                            .getDependsOn();
                    assertThat(dependsOn).contains("dataSourceScriptDatabaseInitializer");
                    assertThat(tables(context.getBean(DataSource.class)))
                            .contains("APP_ORDERS", "CAPITALIST4J_PAYOUT_JOURNAL");
                });
    }

    @Test
    void the_applications_own_flyway_and_the_journal_keep_separate_histories() {
        Runners.starter()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
                .withPropertyValues("capitalist.sandbox=true", "spring.datasource.generate-unique-name=true",
                        "spring.flyway.locations=classpath:db/app")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBeanFactory().getBeanDefinition("capitalistPayoutJournal").getDependsOn())
                            .contains("flywayInitializer");
                    DataSource dataSource = context.getBean(DataSource.class);
                    assertThat(tables(dataSource)).contains("APP_INVOICES", "FLYWAY_SCHEMA_HISTORY",
                            "CAPITALIST4J_PAYOUT_JOURNAL", "CAPITALIST4J_JOURNAL_SCHEMA_HISTORY");
                    assertThat(scripts(dataSource, "flyway_schema_history")).containsExactly("V1__app_invoices.sql");
                    assertThat(scripts(dataSource, "capitalist4j_journal_schema_history"))
                            .contains("V1__payout_journal.sql", "V2__claim_index.sql")
                            .doesNotContain("V1__app_invoices.sql");
                });
    }

    @Test
    void api_2_keeps_its_numbers_under_api2_and_the_key_as_the_cli_does() {
        Runners.starter().withUserConfiguration(OneDataSource.class)
                .withPropertyValues("capitalist.sandbox=true", "capitalist.api=2").run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Api2Client.class);
                    assertThat(Identity.journalOwner(context.getBean(CapitalistProperties.class),
                            Optional.of(context.getBean(SandboxTarget.class))))
                            .contains("api2:test-only-api2-key-NOT-REAL-0001");
                });
    }

    @Test
    void several_data_sources_and_none_primary_stop_the_start_naming_the_property() {
        Runners.starter().withUserConfiguration(TwoDataSources.class).withPropertyValues("capitalist.sandbox=true")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("capitalist.journal.mode")
                        .hasMessageContaining("2 DataSource beans and none is @Primary"));
    }

    @Test
    void the_primary_of_several_data_sources_holds_the_journal() {
        Runners.starter().withUserConfiguration(TwoDataSources.class, PrimaryDataSource.class)
                .withPropertyValues("capitalist.sandbox=true").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(tables(context.getBean("primaryDb", DataSource.class)))
                            .contains("CAPITALIST4J_PAYOUT_JOURNAL");
                    assertThat(tables(context.getBean("firstDb", DataSource.class)))
                            .doesNotContain("CAPITALIST4J_PAYOUT_JOURNAL");
                });
    }

    @Test
    void mode_datasource_without_a_data_source_stops_the_start_naming_the_property() {
        Runners.starter().withPropertyValues("capitalist.sandbox=true", "capitalist.journal.mode=datasource")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageStartingWith("capitalist.journal.mode: datasource, but the application has no "
                                + "DataSource bean"));
    }

    @Test
    void without_a_data_source_the_journal_is_an_h2_file_in_the_directory_given() {
        Path journalDir = dir.resolve("journal");
        Runners.starter().withPropertyValues("capitalist.login=me", "capitalist.password=pw",
                "capitalist.url=http://127.0.0.1:9/", "capitalist.journal.h2-directory=" + journalDir)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(PayoutJournalPort.class);
                    assertThat(journalDir.resolve("journal.mv.db")).exists();
                    context.getBean(PayoutJournalPort.class).claim("me", List.of("H2-1"), ClaimMode.ALL_OR_NOTHING);
                });
        // a second start finds what the first one claimed: the file outlives the application
        Runners.starter().withPropertyValues("capitalist.login=me", "capitalist.password=pw",
                "capitalist.url=http://127.0.0.1:9/", "capitalist.journal.mode=h2-file",
                "capitalist.journal.h2-directory=" + journalDir)
                .run(context -> assertThat(context.getBean(PayoutJournalPort.class)
                        .list("me", Optional.of(JournalState.IN_DOUBT)))
                        .extracting(e -> e.paymentNumber()).containsExactly("H2-1"));
    }

    @Test
    void mode_h2_file_wins_over_a_data_source() {
        Path journalDir = dir.resolve("chosen");
        Runners.starter().withUserConfiguration(OneDataSource.class).withPropertyValues("capitalist.sandbox=true",
                "capitalist.journal.mode=h2-file", "capitalist.journal.h2-directory=" + journalDir).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(journalDir.resolve("journal.mv.db")).exists();
                    assertThat(tables(context.getBean(DataSource.class))).doesNotContain("CAPITALIST4J_PAYOUT_JOURNAL");
                });
    }

    @Test
    void mode_none_keeps_no_journal_and_warns_once(CapturedOutput output) {
        Runners.starter().withUserConfiguration(OneDataSource.class)
                .withPropertyValues("capitalist.sandbox=true", "capitalist.journal.mode=none").run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(PayoutJournalPort.class);
                    assertThat(context.getBean(CapitalistClient.class).journal()).isEmpty();
                    assertThat(tables(context.getBean(DataSource.class))).doesNotContain("CAPITALIST4J_PAYOUT_JOURNAL");
                });
        String warning = "capitalist.journal.mode=none: no payout journal";
        assertThat(output.getAll().split(warning, -1)).hasSize(2);
    }

    @Test
    void the_sandbox_without_a_data_source_keeps_its_journal_in_memory() {
        Runners.starter().withPropertyValues("capitalist.sandbox=true").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(PayoutJournalPort.class)).isInstanceOf(InMemoryPayoutJournal.class);
        });
    }

    @Test
    void a_journal_of_the_application_wins() {
        Runners.starter().withUserConfiguration(OneDataSource.class, OwnJournal.class)
                .withPropertyValues("capitalist.sandbox=true").run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(PayoutJournalPort.class);
                    assertThat(context.getBean(CapitalistClient.class).journal())
                            .containsSame(context.getBean("ownJournal", PayoutJournalPort.class));
                    assertThat(tables(context.getBean(DataSource.class))).doesNotContain("CAPITALIST4J_PAYOUT_JOURNAL");
                });
    }

    static List<String> tables(DataSource dataSource) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static List<String> scripts(DataSource dataSource, String historyTable) throws Exception {
        List<String> scripts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"script\" FROM \"" + historyTable + "\" WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                scripts.add(rs.getString(1));
            }
        }
        return scripts;
    }

    static EmbeddedDatabase h2() {
        return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
    }

    @Configuration(proxyBeanMethods = false)
    static class OneDataSource {
        @Bean(destroyMethod = "shutdown")
        EmbeddedDatabase appDb() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {
        @Bean(destroyMethod = "shutdown")
        EmbeddedDatabase firstDb() {
            return h2();
        }

        @Bean(destroyMethod = "shutdown")
        EmbeddedDatabase secondDb() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PrimaryDataSource {
        @Bean(destroyMethod = "shutdown")
        @Primary
        EmbeddedDatabase primaryDb() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnJournal {
        @Bean
        PayoutJournalPort ownJournal() {
            return new InMemoryPayoutJournal();
        }
    }
}
