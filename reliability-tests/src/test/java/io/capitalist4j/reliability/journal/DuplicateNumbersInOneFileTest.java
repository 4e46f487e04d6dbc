package io.capitalist4j.reliability.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.jdbc.JdbcPayoutJournal;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.client.Capitalist;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxIdentity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's bad-input proof: a file that carries one payment number on two lines is refused, naming both lines,
 * before anything is claimed or sent — whether it comes as a file or as orders built in code, and whether it is
 * submitted plainly or with skipSent.
 */
class DuplicateNumbersInOneFileTest {

    private static final String FILE = String.join("\n",
            "CAPITALIST;R0000002;1.00;RUR;DUP-1;first",
            "CAPITALIST;R0000002;2.00;RUR;DUP-2;second",
            "CAPITALIST;R0000003;3.00;RUR;DUP-3;third",
            "CAPITALIST;R0000003;4.00;RUR;DUP-1;the first number again") + "\n";

    @TempDir
    Path home;

    @Test
    void aFileWithOnePaymentNumberOnTwoLinesIsRefusedNamingBothLinesAndNothingIsClaimedOrSent() {
        assertRefusedBeforeAnyClaim(client -> client.blocking().submit(
                SubmitBatchCommand.of(fromFile(), JournalChild.pin())));
    }

    @Test
    void theSameFileSubmittedWithSkipSentIsRefusedAlike() {
        assertRefusedBeforeAnyClaim(client -> client.blocking().submitSkippingSent(
                SubmitBatchCommand.of(fromFile(), JournalChild.pin())));
    }

    @Test
    void ordersBuiltInCodeWithOneNumberTwiceAreRefusedAlike() {
        assertRefusedBeforeAnyClaim(client -> client.blocking().submit(SubmitBatchCommand.of(Batch.of(List.of(
                transfer("1.00", "DUP-1"), transfer("2.00", "DUP-2"), transfer("3.00", "DUP-3"),
                transfer("4.00", "DUP-1"))), JournalChild.pin())));
    }

    private void assertRefusedBeforeAnyClaim(Function<CapitalistClient, ?> submit) {
        AtomicInteger claims = new AtomicInteger();
        try (FakeCapitalistServer server = FakeCapitalistServer.sandbox();
             PayoutJournalPort journal = JdbcPayoutJournal.h2File(home.resolve("journal"));
             CapitalistClient client = Capitalist.builder().endpoint(server.uri())
                     .credentials(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD))
                     .pin(Secret.of(SandboxIdentity.PIN)).journal(counting(journal, claims)).build()) {

            Throwable refused = catchThrowable(() -> submit.apply(client));

            assertThat(refused).isInstanceOf(BatchValidationException.class)
                    .hasMessageContaining("line 4").hasMessageContaining("line 1");
            assertThat(((BatchValidationException) refused).problems())
                    .extracting(LineProblem::line, LineProblem::field)
                    .containsExactly(tuple(4, "paymentNumber"));
            assertThat(claims).as("claims made").hasValue(0);
            assertThat(journal.list(SandboxIdentity.LOGIN, Optional.empty())).as("journal entries").isEmpty();
            assertThat(server.requests()).as("requests the server got").isEmpty();
            assertThat(server.bank().batches()).isEmpty();
        }
    }

    private static Batch fromFile() {
        return CsvCodecs.batchFormat().parse(FILE).toBatch(BatchLimits.DEFAULT);
    }

    private static CapitalistTransfer transfer(String amount, String number) {
        return new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of(amount, Currency.RUR), number, "payout");
    }

    /** The journal, counting the claims that reach it. */
    private static PayoutJournalPort counting(PayoutJournalPort journal, AtomicInteger claims) {
        return new ObservedJournal(journal, claims::incrementAndGet, () -> { });
    }
}
