package io.capitalist4j.adapter.csv.wire;

import static io.capitalist4j.adapter.csv.wire.Fixtures.bytes;
import static io.capitalist4j.adapter.csv.wire.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recorded answers of older or newer servers that must decode (docs/protocol-notes.md, "Tolerant decoding"). */
class TolerantDecodingTest {

    @Test
    void keepsEveryRecordOfAPageWithAnUnknownStateANullAmountAMalformedAmountAndAListForAType() {
        BatchPage page = ok(WireCodecs.batchInfo(ResponseFormat.JSON).decode(bytes("get_batch_info-tolerant.json")));

        assertThat(page.records()).hasSize(3);
        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.pageCount()).isEqualTo(1);
        BatchRecord held = page.records().get(0);
        assertThat(held.state()).isEqualTo(RecordState.UNKNOWN);
        assertThat(held.rawState()).isEqualTo("HOLD_NEW");
        assertThat(held.problem()).isEmpty();
        assertThat(held.isFinal()).isFalse();
        BatchRecord nullAmount = page.records().get(1);
        assertThat(nullAmount.amount()).isNull();
        assertThat(nullAmount.problem()).contains("amount is missing");
        assertThat(nullAmount.state()).isEqualTo(RecordState.PROCESSED);
        assertThat(nullAmount.documentId()).contains("92000002");
        BatchRecord odd = page.records().get(2);
        assertThat(odd.amount()).isNull();
        assertThat(odd.paymentType()).isEmpty();
        assertThat(odd.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("amount")
                .contains("paymentType must be a text or a number, not array"));
        assertThat(odd.internalNumber()).isEqualTo("10001");
    }

    @Test
    void keepsACsvRecordWithAMalformedAmountAndAnUnknownState() {
        String body = "0;c1f56606;0;100;2;1;0\n1;9999;R0000000;1,5;RUR;Payout;1;HOLD_NEW;CAPITALIST;\n"
                + "2;10000;R0000001;2.00;RUR;Payout;2;PROCESSED;CAPITALIST;\n";
        BatchPage page = ok(WireCodecs.batchInfo(ResponseFormat.CSV).decode(body.getBytes(StandardCharsets.UTF_8)));

        assertThat(page.records()).hasSize(2);
        assertThat(page.records().get(0).amount()).isNull();
        assertThat(page.records().get(0).problem()).hasValueSatisfying(p -> assertThat(p).contains("amount"));
        assertThat(page.records().get(0).rawState()).isEqualTo("HOLD_NEW");
        assertThat(page.records().get(1).problem()).isEmpty();
        assertThat(page.records().get(1).amount()).isEqualByComparingTo("2.00");
    }

    @Test
    void readsTheOlderHistoryRecordFormat() {
        HistoryPage page = ok(WireCodecs.history(ResponseFormat.JSON).decode(bytes("get_documents_history_ext-older.json")));

        assertThat(page.entries()).hasSize(2);
        assertThat(page.currentPage()).isZero();
        HistoryEntry executed = page.entries().get(0);
        assertThat(executed.number()).isEqualTo("92362566");
        assertThat(executed.id()).isEmpty();
        assertThat(executed.state()).isEqualTo("EXECUTED");
        assertThat(executed.stateLocalized()).isEqualTo("Исполнен");
        assertThat(executed.correspondent()).isEqualTo("WebMoney: Z112224443331");
        assertThat(executed.amount()).isEqualTo(new BigDecimal("1.40"));
        assertThat(executed.outgoing()).isTrue();
        assertThat(executed.timestamp()).isEqualTo(Instant.parse("2015-01-22T12:20:58Z"));
        assertThat(executed.comment()).isEmpty();
        assertThat(executed.batchId()).isEmpty();
        HistoryEntry declined = page.entries().get(1);
        assertThat(declined.state()).isEqualTo("DECLINED");
        assertThat(declined.comment()).isEqualTo("Внешний сервис вернул ошибку: корреспондент не найден");
    }

    @Test
    void readsTheNewerHistoryRecordFormatAsBefore() {
        HistoryPage page = ok(WireCodecs.history(ResponseFormat.JSON).decode(bytes("get_documents_history_ext.json")));

        assertThat(page.entries().get(0).timestamp()).isEqualTo(Instant.ofEpochSecond(1465483189));
        assertThat(page.entries().get(0).batchId()).contains("344bfcc6-1231-4eb1-a8bd-872c1f697bb0");
    }

    @Test
    void readsAGetTokenWithoutAPemSoThatTheKeyIsBuiltFromModulusAndExponent() {
        TokenGrant grant = ok(WireCodecs.token(ResponseFormat.JSON).decode(bytes("get_token-no-pem.json")));

        assertThat(grant.key().pkcs1Pem()).isEmpty();
        assertThat(grant.key().exponentHex()).isEqualTo("10001");
        assertThat(grant.key().modulusHex()).hasSize(256).startsWith("a3faa98a");
        TokenGrant csv = ok(WireCodecs.token(ResponseFormat.CSV).decode("0;35E9F07B;a3fa;10001\n"
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(csv.key().pkcs1Pem()).isEmpty();
        assertThat(csv.key().modulusHex()).isEqualTo("a3fa");
        assertThat(Optional.of(csv.token())).contains("35E9F07B");
    }
}
