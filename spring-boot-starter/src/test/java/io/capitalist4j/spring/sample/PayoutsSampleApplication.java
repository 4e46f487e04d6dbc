package io.capitalist4j.spring.sample;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.application.Payouts;
import io.capitalist4j.application.port.in.PayoutRun;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchLimits;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * A consumer of the starter: nothing but properties ({@code sample.properties}: {@code capitalist.sandbox=true})
 * and one runner that, on start-up, submits a batch file through the protocol-neutral {@link Payouts} and follows
 * it until every line is final. The same code runs on v1 and on API2 ({@code capitalist.api=2}).
 */
@SpringBootApplication
public class PayoutsSampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(PayoutsSampleApplication.class, args);
    }

    @Bean
    PayoutReport payoutReport() {
        return new PayoutReport();
    }

    @Bean
    ApplicationRunner payOutOnStart(Payouts payouts, PayoutReport report,
                                    @Value("${sample.batch-file}") Resource batchFile) {
        return args -> {
            Batch batch;
            try (Reader in = new InputStreamReader(batchFile.getInputStream(), StandardCharsets.UTF_8)) {
                batch = CsvCodecs.parseBatch(in).toBatch(BatchLimits.DEFAULT);
            }
            PayoutRun sent = payouts.submit(batch).toCompletableFuture().join();
            PayoutRun done = payouts.awaitFinal(sent, Duration.ofMillis(100), Duration.ofMinutes(1))
                    .toCompletableFuture().join();
            report.finished(payouts.protocol(), done);
        };
    }

    /** What the runner did, for whoever looks afterwards (the test). */
    public static final class PayoutReport {
        private volatile String protocol;
        private volatile PayoutRun run;

        void finished(String protocolUsed, PayoutRun finalRun) {
            this.protocol = protocolUsed;
            this.run = finalRun;
        }

        public String protocol() {
            return protocol;
        }

        public PayoutRun run() {
            return run;
        }
    }
}
