package io.capitalist4j.testkit;

import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchRecord;
import java.util.List;
import java.util.Objects;

/**
 * The sandbox bank: the state behind both {@link FakeCapitalistServer} and {@link InMemoryCapitalistApi}.
 * Tests read balances, records and the request log here; the clock in the config moves records along.
 */
public final class SandboxBank {

    private final Engine engine;

    private SandboxBank(SandboxConfig config) {
        this.engine = new Engine(config);
    }

    public static SandboxBank create(SandboxConfig config) {
        return new SandboxBank(Objects.requireNonNull(config, "config"));
    }

    /** Default behaviour plus the {@link SandboxIdentity} user. */
    public static SandboxBank sandbox() {
        return create(SandboxConfig.sandbox().build());
    }

    public SandboxConfig config() {
        return engine.config();
    }

    public void addUser(SandboxUser user) {
        engine.addUser(user);
    }

    /** The account as get_accounts would show it now (balance includes blocked). */
    public Account account(String number) {
        return engine.account(AccountNumber.of(number))
                .orElseThrow(() -> new IllegalArgumentException("no account " + number + " in the sandbox"));
    }

    /** Every record of a batch, as get_batch_info would show it now. */
    public List<BatchRecord> records(BatchId id) {
        return engine.records(id);
    }

    /** The ids of every batch accepted so far, oldest first. */
    public List<BatchId> batches() {
        return engine.batchIds();
    }

    /** Every call that reached the sandbox, oldest first. */
    public List<RecordedRequest> requests() {
        return engine.requests();
    }

    /** How many calls of {@code operation} reached the sandbox (faulted ones included). */
    public long count(String operation) {
        return engine.requests().stream().filter(r -> r.operation().equals(operation)).count();
    }

    public void clearRequests() {
        engine.clearRequests();
    }

    /** A port over this bank acting as {@code login}. */
    public InMemoryCapitalistApi inMemoryApi(String login, String password) {
        return new InMemoryCapitalistApi(this, login, password);
    }

    /** A port over this bank acting as the sandbox user. */
    public InMemoryCapitalistApi inMemoryApi() {
        return inMemoryApi(SandboxIdentity.LOGIN, SandboxIdentity.PASSWORD);
    }

    Engine engine() {
        return engine;
    }
}
