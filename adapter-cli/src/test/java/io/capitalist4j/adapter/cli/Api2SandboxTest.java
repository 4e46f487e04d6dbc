package io.capitalist4j.adapter.cli;

import static io.capitalist4j.adapter.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code --sandbox --api 2} (the README's API2 main job) and the foreground {@code sandbox --api 2}. */
class Api2SandboxTest {

    @Test
    void theApi2MainJobOnTheEmbeddedSandboxEndsWithEveryPayoutFinal() {
        CliRun.Result run = cli().run("--sandbox", "--api", "2", "batch", "submit", Examples.PAYOUTS_API2.toString(), "--wait");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("sandbox (API2) started at http://127.0.0.1:");
        assertThat(run.out()).contains("8 payouts: 8 created, final states: 8 EXECUTED");
        assertThat(run.all()).doesNotContain(Api2SandboxIdentity.API_SECRET);
    }

    @Test
    void theForegroundApi2SandboxPrintsItsUrlAndIdentityAtOnceWithApiBeforeOrAfterTheCommand() throws Exception {
        for (String[] args : new String[][] {{"sandbox", "--api", "2"}, {"--api", "2", "sandbox"}}) {
            CliRun sandbox = cli();
            CompletableFuture<CliRun.Result> running = CompletableFuture.supplyAsync(() -> sandbox.run(args));
            String banner = sandbox.outContaining("account").get(30, TimeUnit.SECONDS);
            assertThat(running).isNotDone();

            assertThat(banner).containsPattern("(?m)^sandbox listening on http://127\\.0\\.0\\.1:\\d+/$")
                    .containsPattern("(?m)^API key\\s+" + Api2SandboxIdentity.API_KEY + "$")
                    .containsPattern("(?m)^API secret\\s+" + Api2SandboxIdentity.API_SECRET + "$")
                    .containsPattern("(?m)^account\\s+" + Api2SandboxIdentity.RUR_ACCOUNT + " RUR ");
            sandbox.stop();
            CliRun.Result stopped = running.get(30, TimeUnit.SECONDS);
            assertThat(stopped.code()).as(stopped.toString()).isZero();
            assertThat(stopped.err()).contains("sandbox stopped");
        }
    }
}
