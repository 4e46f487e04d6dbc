package io.capitalist4j.client;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.adapter.signing.CertificateKey;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.application.port.out.events.CapitalistListener;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.Secret;
import io.vertx.core.Vertx;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The front door: a ready {@link CapitalistClient} from what a Capitalist.net user has, with the adapters
 * (HTTP on Vert.x, the CSV batch format, Bouncy Castle signing and password encryption) wired inside.
 *
 * <pre>{@code
 * try (CapitalistClient client = Capitalist.builder()
 *         .endpoint(URI.create("https://api.capitalist.net/"))   // the default
 *         .credentials("my-login", password)
 *         .signingKey(Path.of("my-key.txt"), certificatePassword)
 *         .build()) {
 *     SubmittedBatch submitted = client.blocking().submit(batch);
 * }
 * }</pre>
 *
 * <p>The client owns what this builder made for it (the HTTP client, its Vert.x instance and threads, the
 * client's worker threads) and {@link CapitalistClient#close()} stops all of it: calls still in flight fail at
 * once, and when {@code close()} returns no thread of the client is left. A Vert.x instance given with
 * {@link Builder#vertx(Vertx)} is left running: whoever made it closes it. To swap an adapter, wire the client
 * by hand with {@link CapitalistClient#builder()}.
 */
public final class Capitalist {

    private Capitalist() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What a client is built from. Not thread-safe; build once. */
    public static final class Builder {
        private URI endpoint;
        private String login;
        private PayoutJournalPort journal;
        private Secret password;
        private Function<String, VerificationPort> verification;
        private String verificationChosen;
        private Vertx vertx;
        private final List<Consumer<HttpOptions.Builder>> httpSettings = new ArrayList<>();
        private final List<CapitalistListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /** The API endpoint; the production one ({@link HttpOptions#PRODUCTION}) unless told otherwise. */
        public Builder endpoint(URI apiUrl) {
            this.endpoint = Objects.requireNonNull(apiUrl, "endpoint");
            return this;
        }

        /**
         * The API login (the user name, not the e-mail) and its password (required). The client reads the
         * password again for every new session: leave it unwiped until the client is closed.
         */
        public Builder credentials(String apiLogin, Secret apiPassword) {
            this.login = Objects.requireNonNull(apiLogin, "login");
            this.password = Objects.requireNonNull(apiPassword, "password");
            return this;
        }

        /** Uploads are signed (SIGNATURE) with the private key in a plain PEM file (PKCS#1 or PKCS#8). */
        public Builder signingKey(Path pemFile) {
            Objects.requireNonNull(pemFile, "pemFile");
            return verification("signingKey", login -> BouncyCastleSigning.signatureVerification(
                    BouncyCastleSigning.loadKey(pemFile)));
        }

        /**
         * Uploads are signed (SIGNATURE) with the key in a Capitalist encrypted key file, opened with the
         * login of {@link #credentials} and this certificate password (a plain PEM file works too). The file is
         * read by {@link #build()}; the client keeps the key, not the password.
         */
        public Builder signingKey(Path keyFile, Secret certificatePassword) {
            Objects.requireNonNull(keyFile, "keyFile");
            Objects.requireNonNull(certificatePassword, "certificatePassword");
            return verification("signingKey", login -> BouncyCastleSigning.signatureVerification(
                    BouncyCastleSigning.loadKey(keyFile, login, certificatePassword)));
        }

        /** Uploads are signed (SIGNATURE) with a key already loaded. */
        public Builder signingKey(CertificateKey key) {
            Objects.requireNonNull(key, "key");
            return verification("signingKey", login -> BouncyCastleSigning.signatureVerification(key));
        }

        /** Uploads are proven with the PIN (verification PIN; its MD5 is sent, never the PIN). */
        public Builder pin(Secret pin) {
            VerificationPort port = BouncyCastleSigning.pinVerification(Objects.requireNonNull(pin, "pin"));
            return verification("pin", login -> port);
        }

        /**
         * Uploads wait for an SMS code (verification MOBILE): confirm each batch with
         * {@code client.confirm(new ConfirmBatchCommand(batchId, smsCode))}.
         */
        public Builder smsConfirmation() {
            return verification("smsConfirmation", login -> BouncyCastleSigning.mobileVerification());
        }

        /**
         * Any HTTP setting of {@link HttpOptions.Builder}: timeouts, answer format, trust store, proxy, read
         * retries, connections, plain-password mode. {@link #endpoint} and {@link #vertx} win over the same
         * settings made here.
         */
        public Builder http(Consumer<HttpOptions.Builder> settings) {
            httpSettings.add(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /**
         * Submits through this durable journal of payment numbers, kept under the login of {@link #credentials}:
         * every number is claimed before its upload, a batch holding a number already sent (or in doubt) is
         * refused, and {@code recover} settles uploads whose outcome was unknown. Without a journal nothing
         * outside one {@code submit} call remembers what was sent. The journal is left open when the client
         * closes: whoever made it closes it (e.g. {@code capitalist4j-adapter-jdbc}'s {@code JdbcPayoutJournal}).
         */
        public Builder journal(PayoutJournalPort payoutJournal) {
            this.journal = Objects.requireNonNull(payoutJournal, "journal");
            return this;
        }

        /**
         * Tells {@code events} of every remote call, record state seen while waiting and journal transition of the
         * client, e.g. {@code new MicrometerListener(registry)} of {@code capitalist4j-micrometer}; see
         * {@link CapitalistClient.Builder#listener}. Each call adds one.
         */
        public Builder listener(CapitalistListener events) {
            listeners.add(Objects.requireNonNull(events, "listener"));
            return this;
        }

        /**
         * Runs the client on this Vert.x instance instead of one of its own. It is left running when the client
         * closes: whoever made it closes it, after the client.
         */
        public Builder vertx(Vertx instance) {
            this.vertx = Objects.requireNonNull(instance, "vertx");
            return this;
        }

        /**
         * Reads the key file (if any), then makes the HTTP client and the client on top. Nothing is sent
         * until the first call.
         *
         * @throws IllegalStateException when no credentials were given
         * @throws io.capitalist4j.adapter.signing.KeyFileException when the key file cannot be read or opened
         */
        public CapitalistClient build() {
            if (login == null) {
                throw new IllegalStateException("a client needs credentials(login, password)");
            }
            Credentials credentials = Credentials.of(login, password);
            // The key first: a wrong key file or password must fail before any thread is started.
            VerificationPort proof = verification == null ? null : verification.apply(login);
            HttpOptions.Builder options = HttpOptions.builder();
            httpSettings.forEach(settings -> settings.accept(options));
            if (endpoint != null) {
                options.baseUrl(endpoint);
            }
            if (vertx != null) {
                options.vertx(vertx);
            }
            CapitalistHttpApi api = VertxHttp.create(options.build(), credentials, BouncyCastleSigning.passwordCipher());
            try {
                CapitalistClient.Builder client = CapitalistClient.builder()
                        .api(api)
                        .owning(api)
                        .batchFormat(CsvCodecs.batchFormat());
                if (proof != null) {
                    client.verification(proof);
                }
                if (journal != null) {
                    client.journal(journal, login);
                }
                listeners.forEach(client::listener);
                return client.build();
            } catch (RuntimeException | Error e) {
                api.close();
                throw e;
            }
        }

        private Builder verification(String method, Function<String, VerificationPort> byLogin) {
            if (verificationChosen != null) {
                throw new IllegalStateException("uploads are proven one way: " + verificationChosen
                        + "(...) was already chosen, " + method + "(...) cannot be added");
            }
            verificationChosen = method;
            verification = byLogin;
            return this;
        }
    }
}
