package io.capitalist4j.reliability;

import static io.capitalist4j.reliability.support.SelfSignedCertificate.dns;
import static io.capitalist4j.reliability.support.SelfSignedCertificate.ip;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.TrustStore;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.reliability.support.SelfSignedCertificate;
import io.capitalist4j.reliability.support.ServerKeys;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client refuses a server it cannot verify, and there is no switch that makes it stop verifying. */
class TlsVerificationTest {

    @TempDir
    static Path dir;

    private static SelfSignedCertificate loopback;
    private static SelfSignedCertificate otherHost;
    private static SelfSignedCertificate stranger;
    private static ScriptedServer server;

    @BeforeAll
    static void startServer() {
        loopback = SelfSignedCertificate.create(dir, "loopback", ip("127.0.0.1"), dns("localhost"));
        otherHost = SelfSignedCertificate.create(dir, "other-host", dns("payments.example"));
        stranger = SelfSignedCertificate.create(dir, "stranger", ip("127.0.0.1"), dns("localhost"));
        server = ScriptedServer.startTls(loopback.keyStore(), SelfSignedCertificate.STORE_PASSWORD)
                .byDefault(Answer.json(ServerKeys.accountsJson()));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static CapitalistHttpApi client(URI url, TrustStore trust) {
        HttpOptions.Builder options = HttpOptions.builder().baseUrl(url).authMode(AuthMode.PLAIN).readRetries(0)
                .connectTimeout(Duration.ofSeconds(5)).requestTimeout(Duration.ofSeconds(10));
        if (trust != null) {
            options.trustStore(trust);
        }
        return VertxHttp.create(options.build(), Credentials.of("tls-tester", Secret.of("tls-password")),
                BouncyCastleSigning.passwordCipher());
    }

    private static TrustStore trusting(SelfSignedCertificate certificate) {
        return TrustStore.of(certificate.trustStore(), Secret.of(SelfSignedCertificate.STORE_PASSWORD));
    }

    private static void assertRefusedBeforeAnyRequest(CapitalistHttpApi api, long requestsBefore) {
        Stages.Settled<AccountsOverview> result = Stages.settle(api.getAccounts());
        assertThat(result.succeeded()).as("a call to an unverifiable server must fail").isFalse();
        assertThat(result.failure()).isInstanceOf(TransportException.class);
        assertThat(((TransportException) result.failure()).mayHaveReachedServer())
                .as("a refused handshake means nothing was sent").isFalse();
        assertThat(server.total()).as("no request reached the server").isEqualTo(requestsBefore);
    }

    @Test
    void refusesASelfSignedServerWhenNoTrustStoreIsConfigured() {
        long before = server.total();
        try (CapitalistHttpApi api = client(server.uri(), null)) {
            assertRefusedBeforeAnyRequest(api, before);
        }
    }

    @Test
    void talksToTheSameServerOnceItsCertificateIsInTheConfiguredTrustStore() {
        long before = server.total();
        TrustStore store = trusting(loopback);
        try (CapitalistHttpApi api = client(server.uri(), store)) {
            AccountsOverview accounts = Stages.value(api.getAccounts());
            assertThat(accounts.accounts()).hasSize(1);
        }
        assertThat(server.total()).isEqualTo(before + 1);
        assertThat(store.type()).as("the type read from the .p12 name").isEqualTo(TrustStore.Type.PKCS12);
        assertThat(store.toString()).doesNotContain(SelfSignedCertificate.STORE_PASSWORD);
    }

    @Test
    void refusesAServerWhoseCertificateIsNotTheOneInTheTrustStore() {
        long before = server.total();
        try (CapitalistHttpApi api = client(server.uri(), trusting(stranger))) {
            assertRefusedBeforeAnyRequest(api, before);
        }
    }

    @Test
    void refusesATrustedCertificateThatWasIssuedForAnotherHostName() {
        try (ScriptedServer wrongName = ScriptedServer.startTls(otherHost.keyStore(), SelfSignedCertificate.STORE_PASSWORD)
                .byDefault(Answer.json(ServerKeys.accountsJson()));
             CapitalistHttpApi api = client(wrongName.uri(), trusting(otherHost))) {
            Stages.Settled<AccountsOverview> result = Stages.settle(api.getAccounts());
            assertThat(result.failure()).isInstanceOf(TransportException.class);
            assertThat(((TransportException) result.failure()).mayHaveReachedServer()).isFalse();
            assertThat(wrongName.total()).isZero();
        }
    }

    private static final Pattern SWITCH_OFF = Pattern.compile(
            "(?i).*(trust.?all|insecure|unsafe|verif|hostname|skip|disable|allow.?any|accept.?all|ssl|tls).*");

    @Test
    void offersNoOptionThatTurnsCertificateOrHostVerificationOff() {
        List<String> names = new ArrayList<>();
        // The whole configuration surface of the HTTP adapter (the API port's operations are not options).
        for (Class<?> type : List.of(HttpOptions.class, HttpOptions.Builder.class, TrustStore.class, VertxHttp.class)) {
            for (Method method : type.getMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() != Object.class) {
                    names.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(names).as("the public option surface").contains("HttpOptions.trustStore", "Builder.trustStore");
        assertThat(names).filteredOn(n -> SWITCH_OFF.matcher(n).matches()).isEmpty();
    }
}
