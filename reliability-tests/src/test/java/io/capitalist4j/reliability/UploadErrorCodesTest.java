package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.ErrorCode;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.RemoteErrorException;
import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.reliability.support.HostileClients;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload answered with code 1 (system error) or 2 (run-time error) proves nothing about the batch: it is
 * outcome unknown (exit 3), not a refusal. Every code of the catalogue, sent in answer to a real upload, ends as
 * docs/protocol-notes.md says it does.
 */
class UploadErrorCodesTest {

    @TempDir
    Path dir;

    @Test
    void codes1And2ToAnUploadAreOutcomeUnknownInTheLibraryWithTheApiErrorAsCause() {
        for (int code : new int[] {1, 2}) {
            try (ScriptedServer server = ScriptedServer.start()) {
                server.enqueue("import_batch_advanced", Answer.error(code, "failure " + code));
                try (CapitalistHttpApi api = HostileClients.api(server, o -> o)) {
                    Stages.Settled<?> result = HostileClients.submit(api);

                    assertThat(result.failure()).as("code %d", code).isInstanceOf(OutcomeUnknownException.class)
                            .hasCauseInstanceOf(RemoteErrorException.class);
                    assertThat(((ApiException) result.failure().getCause()).code()).isEqualTo(code);
                    assertThat(((OutcomeUnknownException) result.failure()).paymentNumbers()).containsExactly("HOSTILE-1");
                }
                assertThat(server.count("import_batch_advanced")).as("sent once, never again").isEqualTo(1);
            }
        }
    }

    @Test
    void theCliExitsWith3ForCodes1And2And1ForARefusal() throws IOException {
        try (ScriptedServer server = ScriptedServer.start()) {
            server.enqueue("import_batch_advanced", Answer.error(1, "System error"), Answer.error(2, "Run-time error"),
                    Answer.error(135, "Insufficient funds"));
            String file = HostileClients.payouts(dir).toString();
            Cli cli = HostileClients.cli();

            Cli.Result system = cli.run(HostileClients.args(server, "batch", "submit", file, "--verify", "pin"));
            Cli.Result runtime = cli.run(HostileClients.args(server, "batch", "submit", file, "--verify", "pin"));
            Cli.Result refused = cli.run(HostileClients.args(server, "batch", "submit", file, "--verify", "pin"));

            for (Cli.Result unknown : new Cli.Result[] {system, runtime}) {
                assertThat(unknown.code()).as(unknown.toString()).isEqualTo(3);
                assertThat(unknown.err()).contains("outcome unknown: import_batch_advanced may or may not have been accepted")
                        .contains("do NOT send the file again before checking");
            }
            assertThat(system.err()).contains("failed with code 1: System error");
            assertThat(runtime.err()).contains("failed with code 2: Run-time error");
            assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
            assertThat(refused.err()).contains("error: import_batch_advanced answered code 135: Insufficient funds");
            assertThat(server.count("import_batch_advanced")).isEqualTo(3);
        }
    }

    /** The classification column of docs/protocol-notes.md: code to "unknown" (true) or "refused" (false). */
    private static Map<Integer, Boolean> documented() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "protocol-notes.md"), StandardCharsets.UTF_8);
        String section = page.substring(page.indexOf("## Uploads answered with an error code"));
        Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\|[^|]*\\| (outcome unknown|refused) \\(exit ([13])\\)").matcher(section);
        Map<Integer, Boolean> classes = new LinkedHashMap<>();
        while (row.find()) {
            boolean unknown = row.group(2).equals("outcome unknown");
            assertThat(row.group(3)).as("exit code of %s", row.group(1)).isEqualTo(unknown ? "3" : "1");
            classes.put(Integer.parseInt(row.group(1)), unknown);
        }
        return classes;
    }

    @Test
    void everyCodeOfTheCatalogueEndsAnUploadAsTheProtocolNotesDocumentIt() throws IOException {
        Map<Integer, Boolean> documented = documented();
        assertThat(documented.keySet()).as("documented codes").containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ErrorCode.values()).filter(c -> c != ErrorCode.OK).map(ErrorCode::code).toList());
        assertThat(documented.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList())
                .as("codes classified outcome unknown").containsExactly(1, 2, 170, 186, 197);
        Vertx vertx = Vertx.vertx();
        try (ScriptedServer server = ScriptedServer.start(); CapitalistHttpApi api = HostileClients.api(server, o -> o.vertx(vertx))) {
            for (Map.Entry<Integer, Boolean> code : documented.entrySet()) {
                // 16 would lock the client's login for half an hour: each code gets a fresh client below.
                server.enqueue("import_batch_advanced", Answer.error(code.getKey(), "code " + code.getKey()));
                try (CapitalistHttpApi fresh = HostileClients.api(server, o -> o.vertx(vertx))) {
                    Throwable failure = HostileClients.submit(fresh).failure();
                    if (code.getValue()) {
                        assertThat(failure).as("code %d", code.getKey()).isInstanceOf(OutcomeUnknownException.class);
                        assertThat(((ApiException) failure.getCause()).code()).isEqualTo(code.getKey());
                    } else {
                        assertThat(failure).as("code %d", code.getKey()).isInstanceOf(ApiException.class);
                        assertThat(((ApiException) failure).code()).isEqualTo(code.getKey());
                    }
                    assertThat(ErrorCode.of(code.getKey()).orElseThrow().uploadMayHaveCreatedBatch())
                            .as("code %d", code.getKey()).isEqualTo(code.getValue());
                }
            }
            // A code outside the table stays the refusal it was observed to be.
            server.enqueue("import_batch_advanced", Answer.error(114, "not in any table"));
            Throwable unknownCode = HostileClients.submit(api).failure();
            assertThat(unknownCode).isInstanceOf(RemoteErrorException.class);
            assertThat(((ApiException) unknownCode).code()).isEqualTo(114);
            assertThat(server.count("import_batch_advanced")).isEqualTo(documented.size() + 1);
        } finally {
            vertx.close();
        }
    }
}
