package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code --language} reaches the server as {@code x-language} on every request; without it none is sent. */
class LanguageOptionTest {

    private HttpServer server;
    private final List<String> languages = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String language = exchange.getRequestHeaders().getFirst("x-language");
            languages.add(language == null ? "(none)" : language);
            byte[] body = "{\"code\":0,\"message\":\"\",\"data\":{\"verified\":true}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("x-response-format", "json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private CliRun.Result verified(String... options) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        List<String> args = new java.util.ArrayList<>(List.of("--url", url, "--login", "tester", "--plain-password"));
        args.addAll(List.of(options));
        args.addAll(List.of("verified", "U0000001"));
        return CliRun.cli().env(EnvVars.PASSWORD, "pw").run(args.toArray(String[]::new));
    }

    @Test
    void sendsTheChosenLanguage() {
        CliRun.Result run = verified("--language", "ru");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(languages).containsExactly("ru");
    }

    @Test
    void sendsNoLanguageWithoutTheOption() {
        CliRun.Result run = verified();

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(languages).containsExactly("(none)");
    }

    @Test
    void refusesALanguageTheServerDoesNotKnowAsBadUsage() {
        CliRun.Result run = verified("--language", "de");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--language");
        assertThat(languages).isEmpty();
    }
}
