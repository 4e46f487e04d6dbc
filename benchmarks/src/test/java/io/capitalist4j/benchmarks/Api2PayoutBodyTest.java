package io.capitalist4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.testkit.api2.Api2Operation;
import io.capitalist4j.testkit.api2.Api2RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** P6 compares like with like only if the bare client sends, for the same payout, what ours sends. */
class Api2PayoutBodyTest {

    private static final List<String> PER_CALL = List.of("x-request-timestamp", "signature");

    @Test
    void theBareClientPostsTheSameBodyWithTheSameHeadersAsOursForOnePayout() {
        Api2PayoutBenchmark benchmark = new Api2PayoutBenchmark();
        benchmark.concurrency = 1;
        benchmark.setUp(); // one payout through each client, with ids P6-1 and P6-2
        try {
            long ours = benchmark.ours1("P6-same").toCompletableFuture().join().documentId();
            long floor = benchmark.floor1("P6-same").toCompletableFuture().join();

            List<Api2RecordedRequest> calls = benchmark.server.requests(Api2Operation.PAYMENT_CREATE);
            assertThat(calls).hasSize(4).allSatisfy(call -> {
                assertThat(call.method()).isEqualTo("POST");
                assertThat(call.path()).isEqualTo("/v1/payment");
                assertThat(call.status()).hasValue(200); // so the signature of each was valid
                assertThat(call.processed()).isTrue();
            });
            Api2RecordedRequest fromOurs = calls.get(2);
            Api2RecordedRequest fromFloor = calls.get(3);
            assertThat(fromFloor.body()).isEqualTo(fromOurs.body());
            assertThat(fromOurs.bodyText()).isEqualTo(Api2PayoutBenchmark.BODY_HEAD + "P6-same"
                    + Api2PayoutBenchmark.BODY_TAIL);
            assertThat(withoutPerCallValues(fromFloor.headers())).isEqualTo(withoutPerCallValues(fromOurs.headers()));
            for (String name : PER_CALL) {
                assertThat(fromOurs.headers()).containsKey(name);
                assertThat(fromFloor.headers()).containsKey(name);
            }
            // the repeat with the same body is the same payment; the set-up's two different ids made two
            assertThat(floor).isEqualTo(ours);
            assertThat(benchmark.server.payments()).hasSize(3);
        } finally {
            benchmark.tearDown();
        }
    }

    private static Map<String, List<String>> withoutPerCallValues(Map<String, List<String>> headers) {
        Map<String, List<String>> kept = new TreeMap<>(headers);
        PER_CALL.forEach(kept::remove);
        return kept;
    }
}
