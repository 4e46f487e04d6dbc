package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconciliationReport;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.Fault;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The first guarantee of a payouts client: an upload is sent once. The testkit server loses the answer of
 * seeded random uploads (after accepting them, or before processing them); the client must never repeat an
 * upload, must report exactly those uploads as "outcome unknown", and reconciliation must then tell the
 * accepted ones from the lost ones without a single mistake.
 */
class NoDuplicatePayoutsTest {

    static final int UPLOADS = 1_000;
    private static final String IMPORT = "import_batch_advanced";

    /** The faults drawn at random, with how often (per 100 uploads) each is drawn. */
    private static Optional<Fault> drawFault(Random random) {
        int r = random.nextInt(100);
        if (r < 22) {
            return Optional.of(Fault.resetAfterProcessing());        // accepted, then the connection drops
        }
        if (r < 28) {
            return Optional.of(Fault.truncatedBody());               // accepted, half an answer
        }
        if (r < 31) {
            return Optional.of(Fault.garbageBody());                 // accepted, unreadable answer
        }
        if (r < 34) {
            return Optional.of(Fault.wrongFormatHeader());           // accepted, JSON answer labelled CSV: still read
        }
        if (r < 40) {
            return Optional.of(Fault.resetBeforeProcessing());       // dropped before processing
        }
        if (r < 44) {
            return Optional.of(Fault.httpStatus(502));               // a gateway refused it
        }
        return Optional.empty();
    }

    private record Upload(int index, Batch batch, Optional<Fault> fault) {
    }

    @Test
    void neverSendsAnUploadTwiceReportsEveryAmbiguousOneAndReconcileFindsExactlyTheAcceptedOnes() {
        Random random = new Random(20_250_301L);
        try (FakeCapitalistServer server = FakeCapitalistServer.start(SandboxConfig.sandbox().build());
             CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri())
                             .requestTimeout(Duration.ofSeconds(20)).build(),
                     Credentials.of(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD)),
                     BouncyCastleSigning.passwordCipher());
             CapitalistClient client = CapitalistClient.builder().api(api).batchFormat(CsvCodecs.batchFormat()).build()) {
            VerificationPort signer = BouncyCastleSigning.signatureVerification(
                    BouncyCastleSigning.readKey(SandboxIdentity.privateKeyPem(), "sandbox key"));

            List<Upload> answered = new ArrayList<>();
            List<Upload> ambiguous = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                Upload upload = new Upload(i, batch(i, 1 + random.nextInt(3)), drawFault(random));
                upload.fault().ifPresent(f -> server.faults().next(IMPORT, 1, f));
                Stages.Settled<SubmittedBatch> result = Stages.settle(client.submit(SubmitBatchCommand.of(upload.batch(), signer)));
                if (result.succeeded()) {
                    // a JSON envelope is read as one whatever its header says, so a mislabelled answer is no spoiled one
                    assertThat(upload.fault().filter(f -> !(f instanceof Fault.WrongFormatHeader)))
                            .as("upload %d succeeded although its answer was spoiled", i).isEmpty();
                    assertThat(result.value().rejections()).isEmpty();
                    answered.add(upload);
                } else {
                    assertThat(result.failure()).as("upload %d with fault %s", i, upload.fault())
                            .isInstanceOf(OutcomeUnknownException.class);
                    assertThat(((OutcomeUnknownException) result.failure()).paymentNumbers())
                            .isEqualTo(upload.batch().paymentNumbers());
                    assertThat(upload.fault()).as("upload %d is ambiguous without a fault", i).isPresent()
                            .get().isNotInstanceOf(Fault.WrongFormatHeader.class);
                    ambiguous.add(upload);
                }
            }

            // Server side: one request per upload, and no payment number stored twice.
            assertThat(server.count(IMPORT)).as("upload requests").isEqualTo(UPLOADS);
            Map<String, Integer> storedTimes = new HashMap<>();
            for (BatchId id : server.bank().batches()) {
                for (BatchRecord record : server.bank().records(id)) {
                    storedTimes.merge(record.internalNumber(), 1, Integer::sum);
                }
            }
            assertThat(storedTimes.values()).as("payment numbers stored more than once").allMatch(n -> n == 1);

            Set<String> acceptedByServer = storedTimes.keySet();
            Set<String> expectedAccepted = new HashSet<>();
            answered.forEach(u -> expectedAccepted.addAll(u.batch().paymentNumbers()));
            ambiguous.stream().filter(u -> u.fault().get().processes())
                    .forEach(u -> expectedAccepted.addAll(u.batch().paymentNumbers()));
            assertThat(acceptedByServer).isEqualTo(expectedAccepted);

            // Reconcile every ambiguous upload: found exactly when the server took it.
            List<String> ambiguousNumbers = new ArrayList<>();
            ambiguous.forEach(u -> ambiguousNumbers.addAll(u.batch().paymentNumbers()));
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
            ReconciliationReport report = Stages.value(client.reconcile(
                    new ReconcileQuery(ambiguousNumbers, Period.of(today.minusDays(1), today.plusDays(1))).withConcurrency(16)));
            Set<String> lostButAccepted = new TreeSet<>(ambiguousNumbers);
            lostButAccepted.retainAll(acceptedByServer);
            assertThat(new TreeSet<>(report.foundNumbers())).isEqualTo(lostButAccepted);
            assertThat(report.ambiguousNumbers()).isEmpty();
            Set<String> neverAccepted = new TreeSet<>(ambiguousNumbers);
            neverAccepted.removeAll(acceptedByServer);
            assertThat(new TreeSet<>(report.missingNumbers())).isEqualTo(neverAccepted);

            long acceptedThenLost = ambiguous.stream().filter(u -> u.fault().get().processes()).count();
            System.out.printf("no-duplicate-payouts: uploads=%d upload-requests=%d answered=%d outcome-unknown=%d"
                            + " (accepted-then-lost=%d, never-processed=%d) payment-numbers-stored=%d stored-twice=0"
                            + " reconciled=%d found=%d missing=%d%n",
                    UPLOADS, server.count(IMPORT), answered.size(), ambiguous.size(), acceptedThenLost,
                    ambiguous.size() - acceptedThenLost, acceptedByServer.size(), ambiguousNumbers.size(),
                    report.foundNumbers().size(), report.missingNumbers().size());
            assertThat(acceptedThenLost).as("enough accepted-then-lost uploads to mean something").isGreaterThan(200);
            assertThat(ambiguous.size() - acceptedThenLost).isGreaterThan(50);
        }
    }

    private static Batch batch(int upload, int orders) {
        List<PaymentOrder> list = new ArrayList<>();
        for (int k = 0; k < orders; k++) {
            list.add(new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of("1.00", Currency.RUR),
                    "DUP-" + upload + "-" + k, "Payout " + upload));
        }
        return Batch.of(list);
    }
}
