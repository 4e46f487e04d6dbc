package io.capitalist4j.testkit;

import static io.capitalist4j.testkit.RawClient.plain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.Period;
import java.time.LocalDate;
import java.util.Optional;
import io.capitalist4j.testkit.SandboxConfig.PaymentNumberMatching;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox keeps an uploaded payment number and looks for documents_search's {@code customNumber} as the same
 * text: exactly as sent by default, or trimmed on both sides with {@link PaymentNumberMatching#TRIMMED}. Trimming
 * one side only is what let a number with a trailing space be paid and then reported "not found".
 */
class PaymentNumberMatchingTest {

    private static final String BATCH = "CAPITALIST;R0000002;10.00;RUR;TRAIL-1 ;Payout one\n"
            + "CAPITALIST;R0000002;5.00;RUR;PLAIN-2;Payout two";

    private FakeCapitalistServer server;
    private RawClient client;

    private void start(SandboxConfig.Builder config) {
        server = FakeCapitalistServer.start(config.timeline(Timeline.immediate()).build());
        client = new RawClient(server.uri());
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private JsonNode upload(String batch) {
        return client.json(plain("import_batch_advanced", "batch", batch, "verification_type", "PIN",
                "verification_data", RawClient.md5("1234"))).data();
    }

    private List<String> internalNumbers(String batchId) {
        List<String> out = new ArrayList<>();
        client.json(plain("get_batch_info", "batch_id", batchId)).data().get("records")
                .forEach(r -> out.add(r.get("internalNumber").asText()));
        return out;
    }

    private List<String> found(String customNumber) {
        JsonNode data = client.json(plain("documents_search", "customNumber", customNumber)).data();
        assertThat(data.get("search").get("customNumber").asText()).isEqualTo(customNumber);
        List<String> out = new ArrayList<>();
        data.get("documents").forEach(d -> out.add(d.get("customNumber").asText()));
        return out;
    }

    @Test
    void byDefaultANumberIsStoredAsUploadedAndFoundOnlyByThatExactText() {
        start(SandboxConfig.sandbox());
        assertThat(server.bank().config().paymentNumberMatching()).isEqualTo(PaymentNumberMatching.EXACT);

        String id = upload(BATCH).get("id").asText();

        assertThat(internalNumbers(id)).containsExactly("TRAIL-1 ", "PLAIN-2");
        assertThat(found("TRAIL-1 ")).containsExactly("TRAIL-1 ");
        assertThat(found("TRAIL-1")).isEmpty();
        assertThat(found(" PLAIN-2")).isEmpty();
        assertThat(found("plain-2")).as("letter case matters").isEmpty();
        assertThat(found("PLAIN-2")).containsExactly("PLAIN-2");
    }

    @Test
    void trimmedMatchingTrimsTheStoredNumberAndTheSearchedOneAlike() {
        start(SandboxConfig.sandbox().paymentNumberMatching(PaymentNumberMatching.TRIMMED));

        String id = upload(BATCH).get("id").asText();

        assertThat(internalNumbers(id)).containsExactly("TRAIL-1", "PLAIN-2");
        assertThat(found("TRAIL-1")).containsExactly("TRAIL-1");
        assertThat(found("TRAIL-1 ")).containsExactly("TRAIL-1");
        assertThat(found("\tPLAIN-2 ")).containsExactly("PLAIN-2");
        assertThat(found("plain-2")).as("letter case matters").isEmpty();
    }

    @Test
    void twoNumbersOfOneBatchAreTheSameWhenTheyAreStoredAsTheSameText() {
        String twins = "CAPITALIST;R0000002;1.00;RUR;A-1;x\nCAPITALIST;R0000002;1.00;RUR;A-1 ;y";

        start(SandboxConfig.sandbox());
        JsonNode exact = upload(twins);
        stop();
        start(SandboxConfig.sandbox().paymentNumberMatching(PaymentNumberMatching.TRIMMED));
        JsonNode trimmed = upload(twins);

        assertThat(exact.get("errors")).isEmpty();
        assertThat(trimmed.get("errors")).hasSize(1);
        assertThat(trimmed.get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(trimmed.get("errors").get(0).get("comment").asText())
                .isEqualTo("paymentNumber: payment number 'A-1 ' is already used on line 1");
    }

    @Test
    void theInMemoryApiSearchesAsTheHttpServerDoes() {
        for (PaymentNumberMatching matching : PaymentNumberMatching.values()) {
            SandboxBank bank = SandboxBank.create(SandboxConfig.sandbox().timeline(Timeline.immediate())
                    .paymentNumberMatching(matching).build());
            InMemoryCapitalistApi api = bank.inMemoryApi();
            InMemoryCapitalistApiTest.upload(api, BATCH);
            LocalDate today = LocalDate.now(bank.config().clock().withZone(bank.config().zone()));
            Period period = Period.of(today.minusDays(1), today.plusDays(1));

            List<FoundDocument> byTrimmed = api.searchDocuments(new DocumentSearch(period, Optional.of("TRAIL-1")))
                    .toCompletableFuture().join();
            List<FoundDocument> bySpaced = api.searchDocuments(new DocumentSearch(period, Optional.of("TRAIL-1 ")))
                    .toCompletableFuture().join();

            String stored = matching == PaymentNumberMatching.EXACT ? "TRAIL-1 " : "TRAIL-1";
            assertThat(bySpaced).as("%s", matching).extracting(FoundDocument::customNumber).containsExactly(stored);
            assertThat(byTrimmed).as("%s", matching).hasSize(matching == PaymentNumberMatching.EXACT ? 0 : 1);
        }
    }
}
