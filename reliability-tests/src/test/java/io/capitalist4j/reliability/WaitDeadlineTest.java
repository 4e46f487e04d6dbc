package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import io.capitalist4j.testkit.scripted.WireFault;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --wait --timeout} is a wall-clock deadline for the whole wait: a server that stops answering in the
 * middle of a poll (here it reads the request and never sends a byte; the HTTP layer would wait out its own 30 s
 * idle timeout, and more with read retries) does not hold the command past the deadline. It ends with exit 5, the
 * documented "--wait gave up at its deadline", long before the HTTP layer would have given up. The application's
 * deadline holds on its own, whatever deadlines the HTTP layer has.
 */
class WaitDeadlineTest {

    private static final String BATCH_ID = "7d2a4c9e-1b3f-4a5d-9e8c-6f0b2a1d3c4e";
    /** A hang guard, not a measurement: well under the HTTP layer's 30 s idle timeout the old code waited out. */
    private static final Duration GUARD = Duration.ofSeconds(20);

    @Test
    void aWaitWhosePollNeverGetsItsAnswerEndsAtTheTwoSecondDeadlineWithExitFive() throws Exception {
        try (ScriptedServer server = ScriptedServer.start()) {
            server.byDefault("get_batch_info", Answer.fault(WireFault.NO_ANSWER));
            Cli cli = Cli.withEnv(Map.of("CAPITALIST_PASSWORD", "pw"));

            CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> cli.run("--url", server.uri().toString(),
                    "--login", "waiter", "--plain-password", "batch", "status", BATCH_ID, "--wait", "--timeout", "2s",
                    "--interval", "100ms"));
            Cli.Result result = run.get(GUARD.toSeconds(), TimeUnit.SECONDS);

            assertThat(result.code()).as("%s", result).isEqualTo(5);
            assertThat(result.err()).contains("error: batch " + BATCH_ID + " was not final within 2 s: no poll succeeded")
                    .contains("capitalist --url " + server.uri() + " --login waiter --plain-password batch status "
                            + BATCH_ID + " --wait");
            assertThat(server.count("get_batch_info")).as("the one poll, left hanging").isEqualTo(1);
            assertThat(result.out()).as("no record to print").isEmpty();
        }
    }
}
