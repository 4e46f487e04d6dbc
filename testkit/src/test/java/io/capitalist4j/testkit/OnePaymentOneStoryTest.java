package io.capitalist4j.testkit;

import static io.capitalist4j.testkit.RawClient.plain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One payment seen through get_batch_info, documents_search and get_documents_history_ext tells one story: the
 * document id of get_batch_info is the history's {@code id}, the document number of documents_search is the
 * history's {@code number}, and the states agree as docs/protocol-notes.md maps them (reference §6.4, §6.6, §6.9).
 */
class OnePaymentOneStoryTest {

    static final Duration STEP = Duration.ofMinutes(1);

    ManualClock clock;
    FakeCapitalistServer server;
    RawClient client;

    @BeforeEach
    void start() {
        clock = ManualClock.fixed();
        server = FakeCapitalistServer.start(SandboxConfig.sandbox().clock(clock).timeline(Timeline.steps(STEP)).build());
        client = new RawClient(server.uri());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void anUnconfirmedSmsPaymentIsNewInBatchInfoAndSearchAndInProcessInHistory() {
        String batch = client.json(plain("import_batch_advanced", "batch", "CAPITALIST;R0000002;10.00;RUR;ONE-1;One",
                "verification_type", "MOBILE")).data().get("id").asText();
        clock.advance(Duration.ofHours(1));

        Story story = story(batch, "ONE-1");

        assertThat(story.record.get("state").asText()).isEqualTo("NEW");
        assertThat(story.document.get("documentState").asText()).isEqualTo("NEW");
        assertThat(story.entry.get("state").asText()).isEqualTo("INPROCESS");
        assertThat(client.json(plain("get_documents_history_ext", "document_state", "inprocess")).data()
                .get("history")).extracting(e -> e.get("id").asLong()).containsExactly(story.record.get("documentId").asLong());
    }

    @Test
    void aProcessedPaymentHasOneDocumentIdAndOneDocumentNumberEverywhere() {
        String batch = client.json(plain("import_batch_advanced", "batch", "CAPITALIST;R0000002;10.00;RUR;ONE-2;Two",
                "verification_type", "PIN", "verification_data", RawClient.md5(SandboxIdentity.PIN))).data()
                .get("id").asText();
        clock.advance(STEP.multipliedBy(3));

        Story story = story(batch, "ONE-2");

        assertThat(story.record.get("state").asText()).isEqualTo("PROCESSED");
        assertThat(story.document.get("documentState").asText()).isEqualTo("PROCESSED");
        assertThat(story.entry.get("state").asText()).isEqualTo("EXECUTED");
        assertThat(story.entry.get("id").asLong()).isEqualTo(story.record.get("documentId").asLong());
        assertThat(story.entry.get("number").asLong()).isEqualTo(story.document.get("documentNumber").asLong());
        assertThat(story.entry.get("number").asLong()).isNotEqualTo(story.entry.get("id").asLong());
        assertThat(story.entry.get("batch").get("id").asText()).isEqualTo(batch);
        assertThat(story.document.get("batchId").asText()).isEqualTo(batch);
    }

    private record Story(JsonNode record, JsonNode document, JsonNode entry) {
    }

    private Story story(String batch, String paymentNumber) {
        JsonNode records = client.json(plain("get_batch_info", "batch_id", batch)).data().get("records");
        assertThat(records).hasSize(1);
        String today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Moscow"))
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String yesterday = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Moscow")).minusDays(1)
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        JsonNode documents = client.json(plain("documents_search", "customNumber", paymentNumber,
                "beginDate", yesterday, "endDate", today)).data().get("documents");
        assertThat(documents).hasSize(1);
        JsonNode history = client.json(plain("get_documents_history_ext", "period_from", yesterday,
                "period_to", today)).data().get("history");
        assertThat(history).hasSize(1);
        return new Story(records.get(0), documents.get(0), history.get(0));
    }
}
