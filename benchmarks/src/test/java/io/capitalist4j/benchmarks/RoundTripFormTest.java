package io.capitalist4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.testkit.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P3 compares like with like only if the bare client sends what ours sends. */
class RoundTripFormTest {

    @Test
    void theBareClientPostsTheSameFormAsOursToTheSameServer() {
        RoundTripBenchmark benchmark = new RoundTripBenchmark();
        benchmark.concurrency = 1;
        benchmark.setUp(); // one call through each client
        try {
            List<RecordedRequest> calls = benchmark.bank.bank.requests();

            assertThat(calls).hasSize(2).allSatisfy(call -> {
                assertThat(call.operation()).isEqualTo("get_batch_info");
                assertThat(call.channel()).isEqualTo("http");
                assertThat(call.resultCode()).hasValue(0);
            });
            assertThat(calls.get(0).params()).isEqualTo(calls.get(1).params());
        } finally {
            benchmark.tearDown();
        }
    }
}
