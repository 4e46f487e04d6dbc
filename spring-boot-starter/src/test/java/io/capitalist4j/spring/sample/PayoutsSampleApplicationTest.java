package io.capitalist4j.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.in.PayoutLine;
import io.capitalist4j.application.port.in.PayoutLine.PayoutStatus;
import io.capitalist4j.application.port.in.PayoutRun;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.spring.sample.PayoutsSampleApplication.PayoutReport;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class PayoutsSampleApplicationTest {

    @ParameterizedTest(name = "api {0}")
    @CsvSource({"1, v1, sandbox", "2, api2, api2:test-only-api2-key-NOT-REAL-0001"})
    void the_sample_application_pays_every_line_of_its_batch_file_in_the_sandbox(int api, String protocol,
                                                                                   String journalOwner) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PayoutsSampleApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.config.name=sample", "--capitalist.api=" + api)) {
            PayoutReport report = app.getBean(PayoutReport.class);
            PayoutRun run = report.run();
            assertThat(report.protocol()).isEqualTo(protocol);
            assertThat(run.lines()).extracting(PayoutLine::paymentNumber)
                    .containsExactly("SAMPLE-1", "SAMPLE-2", "SAMPLE-3");
            assertThat(run.lines()).extracting(PayoutLine::status).containsOnly(PayoutStatus.PAID);
            // the journal ran on the application's own DataSource (Boot's embedded H2) and holds every number as sent
            assertThat(app.getBeansOfType(DataSource.class)).hasSize(1);
            assertThat(app.getBean(PayoutJournalPort.class).list(journalOwner, Optional.of(JournalState.SENT)))
                    .extracting(e -> e.paymentNumber()).containsExactlyInAnyOrder("SAMPLE-1", "SAMPLE-2", "SAMPLE-3");
            System.out.println("sample application, " + protocol + ": " + run.lines().size() + " lines, "
                    + run.with(PayoutStatus.PAID).size() + " paid");
        }
    }
}
