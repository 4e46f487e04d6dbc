package io.capitalist4j.adapter.http;

import static io.capitalist4j.adapter.http.TestSupport.await;
import static io.capitalist4j.adapter.http.TestSupport.credentials;
import static io.capitalist4j.adapter.http.TestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.error.TransportException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Certificate checks are on by default and a trust store replaces, never loosens, them. The server's
 * self-signed certificate is made with the JDK's keytool for 127.0.0.1.
 */
class VertxHttpTlsTest {

    private static final String STORE_PASSWORD = "changeit";
    @TempDir
    static Path dir;
    private static Vertx vertx;
    private static HttpServer server;
    private static final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-keystore", dir.resolve("server.p12").toString(),
                "-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-alias", "server", "-keystore", dir.resolve("server.p12").toString(),
                "-storepass", STORE_PASSWORD, "-file", dir.resolve("server.cer").toString());
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", dir.resolve("server.cer").toString(),
                "-keystore", dir.resolve("trust.p12").toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
        vertx = Vertx.vertx();
        server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0).setSsl(true)
                        .setKeyCertOptions(new PfxOptions().setPath(dir.resolve("server.p12").toString()).setPassword(STORE_PASSWORD)))
                .requestHandler(request -> request.body().onSuccess(body -> {
                    requests.incrementAndGet();
                    request.response().putHeader("x-response-format", "json")
                            .end(Buffer.buffer("{\"code\":0,\"message\":\"\",\"data\":{\"rates\":{\"buy\":[],\"sell\":[],\"uahSell\":[]}}}"));
                }));
        server.listen().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() {
        server.close();
        vertx.close();
    }

    private static void keytool(String... args) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("keytool.log").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("keytool.log"))).isZero();
    }

    private static URI uri() {
        return URI.create("https://127.0.0.1:" + server.actualPort() + "/");
    }

    @Test
    void refusesAServerTheJdkDoesNotTrustBeforeSendingAnything() throws Exception {
        int before = requests.get();
        try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(uri()).vertx(vertx)
                .authMode(AuthMode.PLAIN).readRetries(0).build(), credentials(), new TestSupport.FakeCipher())) {
            Throwable failure = failure(api.getCurrencyRates());
            assertThat(failure).isInstanceOf(TransportException.class);
            assertThat(((TransportException) failure).mayHaveReachedServer()).isFalse();
        }
        assertThat(requests.get()).isEqualTo(before);
    }

    @Test
    void talksToAServerWhoseCertificateIsInTheGivenTrustStore() throws Exception {
        TrustStore store = TrustStore.of(dir.resolve("trust.p12"), Secret.of(STORE_PASSWORD));
        try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(uri()).vertx(vertx)
                .authMode(AuthMode.PLAIN).trustStore(store).build(), credentials(), new TestSupport.FakeCipher())) {
            assertThat(await(api.getCurrencyRates()).buy()).isEmpty();
        }
        assertThat(store.type()).isEqualTo(TrustStore.Type.PKCS12);
        assertThat(store.toString()).doesNotContain(STORE_PASSWORD);
    }
}
