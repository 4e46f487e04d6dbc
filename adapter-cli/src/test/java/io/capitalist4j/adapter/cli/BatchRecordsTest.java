package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchRecordsTest {

    private static final BatchRecord PROCESSED = new BatchRecord(1, "P-1", "R0100271", new BigDecimal("1.50"), "RUR",
            "payout 1", Optional.of("1001"), RecordState.PROCESSED, "CAPITALIST", "");
    private static final BatchRecord HELD = new BatchRecord(2, "P-2", "R0100271", new BigDecimal("2.00"), "RUR",
            "payout 2", Optional.of("1002"), RecordState.UNKNOWN, "CAPITALIST", "", "HOLD_NEW", Optional.empty());
    private static final BatchRecord NO_AMOUNT = new BatchRecord(3, "P-3", "R0100271", null, "RUR", "payout 3",
            Optional.empty(), RecordState.NEW, "CAPITALIST", "", "NEW", Optional.of("amount is missing"));

    @Test
    void showsAStateItDoesNotKnowAsTheServerWroteIt() {
        assertThat(BatchRecords.outcome(HELD)).isEqualTo("HOLD_NEW");
        ObjectNode node = BatchRecords.node(HELD);
        assertThat(node.get("state").asText()).isEqualTo("HOLD_NEW");
        assertThat(node.get("final").asBoolean()).isFalse();
        assertThat(node.has("problem")).isFalse();
    }

    @Test
    void showsARecordWhoseAmountCouldNotBeReadWithoutAnAmountAndWithItsProblem() {
        ObjectNode node = BatchRecords.node(NO_AMOUNT);
        assertThat(node.get("amount").isNull()).isTrue();
        assertThat(node.get("problem").asText()).isEqualTo("amount is missing");
        StringWriter text = new StringWriter();
        BatchRecords.table(new PrintWriter(text, true), List.of(NO_AMOUNT));
        assertThat(text.toString()).contains("unreadable: amount is missing").doesNotContain("null");
    }

    @Test
    void countsUnknownStatesByTheirOwnNamesAfterTheKnownOnesAndIsNotCompleteWithThem() {
        BatchRecords.Tally tally = new BatchRecords.Tally();
        tally.add(List.of(PROCESSED, HELD, HELD));

        assertThat(tally.summary()).isEqualTo("3 records: 1 PROCESSED, 2 HOLD_NEW");
        assertThat(tally.complete()).isFalse();
    }
}
