package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.reliability.support.Hostile;
import io.capitalist4j.reliability.support.ServerKeys;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server strings carrying terminal escapes ({@code ESC[2J}, {@code ESC]0;title BEL}), carriage returns and
 * backspaces: no control character reaches the terminal in any table or error message (each shows escaped, e.g.
 * {@code \x1b[2J}), and {@code --output json} keeps the exact text as JSON escapes.
 */
class TerminalEscapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "paid\u001b[2J\u001b]0;pwned\u0007 ok\roverwritten\b\b!\u009b31m";
    private static final String SHOWN = "paid\\x1b[2J\\x1b]0;pwned\\x07 ok\\roverwritten\\x08\\x08!\\u009b31m";

    @TempDir
    Path dir;

    private ScriptedServer server;
    private Cli cli;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        server.byDefault("get_accounts", Answer.json(ServerKeys.accountsJson()));
        cli = Cli.withEnv(Map.of("CAPITALIST_PASSWORD", "escape-test-password", "CAPITALIST_PIN", "escape-pin"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli.Result run(String... command) {
        List<String> args = Cli.args("--url", server.uri().toString(), "--login", "escape-tester", "--plain-password");
        args.addAll(List.of(command));
        return cli.run(args.toArray(new String[0]));
    }

    /** Every control character but the line breaks that separate lines, by position. */
    private static List<String> controls(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f)) {
                found.add(String.format("U+%04X at %d", (int) c, i));
            }
        }
        return found;
    }

    @Test
    void historyAndBatchTablesShowControlCharactersEscaped() {
        server.byDefault("get_documents_history_ext", Answer.ok(Hostile.history("R0100271", HOSTILE, HOSTILE)));
        server.byDefault("get_batch_info", Answer.ok(Hostile.batchPage("R0100271", HOSTILE, HOSTILE)));
        for (String[] command : List.of(new String[] {"history"}, new String[] {"batch", "status", Hostile.BATCH_ID})) {
            Cli.Result run = run(command);
            assertThat(run.code()).as("%s", run).isZero();
            assertThat(controls(run.all())).as("%s", run).isEmpty();
            assertThat(run.out()).contains(SHOWN);
        }
    }

    @Test
    void jsonOutputKeepsTheExactTextAsJsonEscapes() throws IOException {
        server.byDefault("get_documents_history_ext", Answer.ok(Hostile.history("R0100271", HOSTILE, HOSTILE)));
        Cli.Result run = run("--output", "json", "history");
        assertThat(run.code()).as("%s", run).isZero();
        assertThat(controls(run.all())).as("%s", run).isEmpty();
        JsonNode entry = JSON.readTree(run.out()).findValue("description");
        assertThat(entry.asText()).isEqualTo(HOSTILE);
    }

    @Test
    void errorMessagesFromTheServerShowControlCharactersEscaped() {
        server.enqueue("get_accounts", Answer.json(Hostile.refusal(5, HOSTILE)));
        Cli.Result refused = run("accounts");
        assertThat(refused.code()).as("%s", refused).isEqualTo(1);
        assertThat(controls(refused.all())).as("%s", refused).isEmpty();
        assertThat(refused.err()).contains(SHOWN);

        server.enqueue("get_accounts", Answer.text(403, HOSTILE));
        Cli.Result gateway = run("accounts");
        assertThat(gateway.code()).as("%s", gateway).isEqualTo(4);
        assertThat(controls(gateway.all())).as("%s", gateway).isEmpty();
        assertThat(gateway.err()).contains("HTTP 403").contains("\\x1b[2J");
    }

    @Test
    void uploadRejectionReasonsShowControlCharactersEscaped() throws IOException {
        server.byDefault("import_batch_advanced", Answer.ok(Hostile.receipt(HOSTILE)));
        Path file = Files.writeString(dir.resolve("payouts.csv"), "CAPITALIST;R0000002;15.00;RUR;ESC-1;Payout\n",
                StandardCharsets.UTF_8);
        Cli.Result run = run("batch", "submit", file.toString(), "--verify", "pin");
        assertThat(run.code()).as("%s", run).isZero();
        assertThat(controls(run.all())).as("%s", run).isEmpty();
        assertThat(run.all()).contains(SHOWN);
    }
}
