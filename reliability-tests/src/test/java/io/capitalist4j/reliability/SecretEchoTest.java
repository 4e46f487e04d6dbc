package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.reliability.support.Hostile;
import io.capitalist4j.reliability.support.SecretScan;
import io.capitalist4j.reliability.support.ServerKeys;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ReceivedRequest;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that echoes the request it received, URL-decoded and raw, into a 500 page, into an error message and into
 * history fields, with secrets full of spaces, {@code &}, {@code =}, {@code +}, {@code %} and Cyrillic: the password,
 * the token and the SMS code are masked by value wherever they stand, in every encoding, on stdout, on stderr and in
 * the library's exception messages.
 */
class SecretEchoTest {

    private static final String LOGIN = "echo-tester";
    private static final String PASSWORD = "&3;horse battery=+50% ключ";
    private static final String TOKEN = "tok en&=+%ключ-42";
    private static final String SMS_CODE = "47 11&=+%ж9";
    private static final String PIN = "пин 1234&=+%";
    private static final Map<String, String> SECRETS = Map.of("password", PASSWORD, "token", TOKEN, "SMS code",
            SMS_CODE);

    private ScriptedServer server;
    private Cli cli;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        server.byDefault("get_token", Answer.json(ServerKeys.tokenJson(TOKEN)));
        cli = Cli.withEnv(Map.of("CAPITALIST_PASSWORD", PASSWORD, "CAPITALIST_PIN", PIN));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The request as a careless server would print it: decoded field by field, then the raw body. */
    private static String echo(ReceivedRequest request) {
        StringBuilder text = new StringBuilder("request: ");
        request.fields().forEach((name, value) -> text.append(name).append('=').append(value).append(' '));
        return text.append("raw: ").append(request.bodyText()).toString();
    }

    private Cli.Result run(boolean plain, String... command) {
        List<String> args = Cli.args("--url", server.uri().toString(), "--login", LOGIN);
        if (plain) {
            args.add("--plain-password");
        }
        args.addAll(List.of(command));
        return cli.run(args.toArray(new String[0]));
    }

    /** Each secret as it is, form-encoded, URL-encoded with %20, with lower-case escapes, and its tail after a space. */
    private static List<String> findings(String where, String text) {
        List<String> found = new ArrayList<>();
        SECRETS.forEach((name, value) -> {
            String form = URLEncoder.encode(value, StandardCharsets.UTF_8);
            List<String> forms = List.of(value, form, form.replace("+", "%20"), form.toLowerCase(Locale.ROOT),
                    value.substring(value.indexOf(' ') + 1));
            for (String shape : forms) {
                if (text.contains(shape)) {
                    found.add(where + ": the " + name + " as '" + shape + "'");
                }
            }
        });
        return found;
    }

    @Test
    void aServerErrorPageEchoingThePlainPasswordShowsNoneOfIt() {
        server.byDefault("get_accounts", request -> Answer.text(500, "<h1>500</h1><pre>" + echo(request) + "</pre>"));
        Cli.Result run = run(true, "accounts");
        assertThat(run.code()).as("%s", run).isEqualTo(4);
        assertThat(run.err()).contains("HTTP 500");
        assertThat(findings("stderr", run.all())).as("%s", run).isEmpty();
        assertThat(server.requests("get_accounts").get(0).field("plain_password")).contains(PASSWORD);
    }

    @Test
    void anErrorMessageEchoingTheTokenShowsNoneOfIt() {
        server.byDefault("get_accounts", request -> Answer.json(Hostile.refusal(3, echo(request))));
        Cli.Result run = run(false, "accounts");
        assertThat(run.code()).as("%s", run).isEqualTo(1);
        assertThat(run.err()).contains("code 3");
        assertThat(findings("stderr", run.all())).as("%s", run).isEmpty();
        assertThat(server.requests("get_accounts").get(0).field("token")).contains(TOKEN);
    }

    @Test
    void historyFieldsEchoingThePasswordShowNoneOfItInTableOrJson() {
        server.byDefault("get_documents_history_ext", request -> Answer.ok(Hostile.history(
                "RUCARD " + request.field("plain_password").orElse(""), echo(request), request.bodyText())));
        for (String output : List.of("table", "json")) {
            Cli.Result run = run(true, "--output", output, "history");
            assertThat(run.code()).as("%s", run).isZero();
            assertThat(run.out()).contains("RUCARD ***");
            assertThat(findings("history " + output, run.all())).as("%s", run).isEmpty();
        }
    }

    @Test
    void aRefusedSmsCodeEchoedBackShowsNoneOfIt() {
        server.byDefault("process_batch", request -> Answer.json(Hostile.refusal(3, echo(request))));
        Cli.Result run = run(true, "batch", "confirm", Hostile.BATCH_ID, "--sms-code", SMS_CODE);
        assertThat(run.code()).as("%s", run).isEqualTo(1);
        assertThat(findings("batch confirm", run.all())).as("%s", run).isEmpty();
        assertThat(server.requests("process_batch").get(0).field("verification_data")).contains(SMS_CODE);
    }

    @Test
    void theLibrarysExceptionsMaskThePasswordAndTheTokenByValue() {
        server.enqueue("get_accounts", request -> Answer.text(500, echo(request)));
        try (CapitalistHttpApi api = api(AuthMode.PLAIN)) {
            Throwable failure = Stages.settle(api.getAccounts()).failure();
            assertThat(failure).isInstanceOf(HttpStatusException.class);
            assertThat(findings("HttpStatusException", SecretScan.describe(failure))).isEmpty();
        }
        server.enqueue("get_accounts", request -> Answer.json(Hostile.refusal(3, echo(request))));
        try (CapitalistHttpApi api = api(AuthMode.TOKEN)) {
            Throwable failure = Stages.settle(api.getAccounts()).failure();
            assertThat(failure).isInstanceOf(ApiException.class);
            assertThat(findings("ApiException", SecretScan.describe(failure))).isEmpty();
            assertThat(((ApiException) failure).serverMessage()).contains("token=***");
        }
    }

    private CapitalistHttpApi api(AuthMode mode) {
        return VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).readRetries(0).authMode(mode).build(),
                Credentials.of(LOGIN, Secret.of(PASSWORD)), BouncyCastleSigning.passwordCipher());
    }
}
