package io.capitalist4j.benchmarks;

import io.capitalist4j.adapter.csv.BatchFormatOptions;
import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.testkit.SandboxAccount;
import io.capitalist4j.testkit.SandboxBank;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.SandboxUser;
import io.capitalist4j.testkit.Timeline;
import java.util.Map;

/**
 * A sandbox bank holding one uploaded batch, for the benchmarks that talk to the testkit server. The
 * batch goes in through the in-memory port (no HTTP, PIN verification), records are final at once, and
 * the user's accounts are deep enough for any batch size.
 */
final class BenchBank {

    static final String LOGIN = "bench";
    static final String PASSWORD = "bench-password";
    private static final String PIN = "2468";
    private static final String WEALTH = "1000000000000.00";

    final SandboxBank bank;
    final BatchId batchId;

    private BenchBank(SandboxBank bank, BatchId batchId) {
        this.bank = bank;
        this.batchId = batchId;
    }

    /**
     * The bench user (PIN, and SIGNATURE with the published sandbox certificate) with deep accounts, records final
     * at once, room for {@code records} lines in one batch; no batch yet.
     */
    static SandboxConfig config(int records) {
        SandboxUser user = SandboxUser.builder(LOGIN, PASSWORD).pin(PIN)
                .certificate(SandboxIdentity.certificatePublicKey())
                .account(SandboxAccount.of("R0000091", "Bench RUR", Money.of(WEALTH, Currency.RUR)))
                .account(SandboxAccount.of("U0000091", "Bench USD", Money.of(WEALTH, Currency.USD)))
                .account(SandboxAccount.of("E0000091", "Bench EUR", Money.of(WEALTH, Currency.EUR)))
                .account(SandboxAccount.of("T0000091", "Bench USDT", Money.of(WEALTH, Currency.USDT)))
                .build();
        return SandboxConfig.builder().user(user).timeline(Timeline.immediate())
                .maxRecords(Math.max(records, BatchLimits.DEFAULT_MAX_RECORDS)).build();
    }

    static BenchBank withBatchOf(int records) {
        SandboxBank bank = SandboxBank.create(config(records));
        BatchLimits limits = new BatchLimits(Math.max(records, BatchLimits.DEFAULT_MAX_RECORDS));
        BatchText text = CsvCodecs.batchFormat(BatchFormatOptions.defaults().withLimits(limits))
                .render(Batch.of(PayoutRows.generate(records, 13L).toOrders(), limits));
        Verification pin = Verification.pinHash(BouncyCastleSigning.pinHash(Secret.of(PIN)));
        BatchReceipt receipt = bank.inMemoryApi(LOGIN, PASSWORD)
                .importBatch(new ImportBatchRequest(text, pin, Map.of()))
                .toCompletableFuture().join();
        if (!receipt.rejections().isEmpty()) {
            throw new IllegalStateException("the sandbox rejected " + receipt.rejections().size() + " lines, first: "
                    + receipt.rejections().get(0));
        }
        bank.clearRequests();
        return new BenchBank(bank, receipt.id());
    }
}
