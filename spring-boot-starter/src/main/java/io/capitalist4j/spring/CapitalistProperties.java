package io.capitalist4j.spring;

import io.capitalist4j.domain.auth.Secret;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.StringJoiner;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code capitalist.*} properties. Secrets (password, certificate password, PIN, API secret) are bound as
 * {@link Secret}, never kept as text, and never shown by {@link #toString()}: it says only whether each is set.
 *
 * <pre>
 * capitalist.api=1
 * capitalist.login=my-login
 * capitalist.password=${CAPITALIST_PASSWORD}
 * capitalist.key-file=/etc/payouts/key.txt
 * capitalist.key-password=${CAPITALIST_KEY_PASSWORD}
 * </pre>
 */
@ConfigurationProperties("capitalist")
public class CapitalistProperties {

    /** Which API to talk to: 1 (the Payments API v1, batches) or 2 (API2, signed JSON, one payout per request). */
    private int api = 1;

    /**
     * The API endpoint. Default: https://api.capitalist.net/ for api 1, https://api2.capitalist.net/ for api 2.
     */
    private URI url;

    /** Api 1: the API login (the user name, not the e-mail). */
    private String login;

    /** Api 1: the account password. */
    private Secret password;

    /**
     * Api 1: the certificate key file that signs every upload (SIGNATURE): a plain PEM file, or a Capitalist
     * encrypted key file opened with the login and key-password.
     */
    private Path keyFile;

    /** Api 1: the certificate password of an encrypted key file; leave it out for a plain PEM key. */
    private Secret keyPassword;

    /** Api 1: proves uploads with this PIN (its MD5 is sent, never the PIN) instead of a key file. */
    private Secret pin;

    /** Api 1: uploads wait for an SMS code (confirm each batch with CapitalistClient.confirm) instead of a key file. */
    private boolean smsConfirmation;

    /** Api 2: the API key, sent as API-Key (made in the personal account's Security section). */
    private String apiKey;

    /** Api 2: the API secret that signs every request; never sent. */
    private Secret apiSecret;

    /**
     * Starts the testkit's fake server (v1, or API2 with api 2) on 127.0.0.1 with a free port and points the client
     * at it with the public sandbox identity; url, login and keys are then not used. Needs
     * io.capitalist4j:capitalist4j-testkit on the classpath. For tests and demos only: no real money moves.
     */
    private boolean sandbox;

    private final Http http = new Http();

    private final Journal journal = new Journal();

    private final Health health = new Health();

    public int getApi() {
        return api;
    }

    public void setApi(int api) {
        if (api != 1 && api != 2) {
            throw new IllegalArgumentException("capitalist.api must be 1 or 2, not " + api);
        }
        this.api = api;
    }

    public URI getUrl() {
        return url;
    }

    public void setUrl(URI url) {
        this.url = url;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public Secret getPassword() {
        return password;
    }

    public void setPassword(Secret password) {
        this.password = password;
    }

    public Path getKeyFile() {
        return keyFile;
    }

    public void setKeyFile(Path keyFile) {
        this.keyFile = keyFile;
    }

    public Secret getKeyPassword() {
        return keyPassword;
    }

    public void setKeyPassword(Secret keyPassword) {
        this.keyPassword = keyPassword;
    }

    public Secret getPin() {
        return pin;
    }

    public void setPin(Secret pin) {
        this.pin = pin;
    }

    public boolean isSmsConfirmation() {
        return smsConfirmation;
    }

    public void setSmsConfirmation(boolean smsConfirmation) {
        this.smsConfirmation = smsConfirmation;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public Secret getApiSecret() {
        return apiSecret;
    }

    public void setApiSecret(Secret apiSecret) {
        this.apiSecret = apiSecret;
    }

    public boolean isSandbox() {
        return sandbox;
    }

    public void setSandbox(boolean sandbox) {
        this.sandbox = sandbox;
    }

    public Http getHttp() {
        return http;
    }

    public Journal getJournal() {
        return journal;
    }

    public Health getHealth() {
        return health;
    }

    /** Every setting, and for each secret only whether it is set. */
    @Override
    public String toString() {
        return new StringJoiner(", ", "CapitalistProperties[", "]")
                .add("api=" + api)
                .add("url=" + url)
                .add("login=" + login)
                .add("password=" + shown(password))
                .add("keyFile=" + keyFile)
                .add("keyPassword=" + shown(keyPassword))
                .add("pin=" + shown(pin))
                .add("smsConfirmation=" + smsConfirmation)
                .add("apiKey=" + apiKey)
                .add("apiSecret=" + shown(apiSecret))
                .add("sandbox=" + sandbox)
                .add("http=" + http)
                .add("journal=" + journal)
                .add("health=" + health)
                .toString();
    }

    private static String shown(Secret secret) {
        return secret == null ? "(not set)" : "(set)";
    }

    /** The wire settings; each left out keeps the library's default. */
    public static class Http {

        /** How long to wait for a TCP connection. Default 10s. */
        private Duration connectTimeout;

        /** How long a whole request may take, answer included; it is reset when this passes. Default 60s. */
        private Duration requestTimeout;

        /** How long a pooled connection may stay unused. Default 30s. */
        private Duration idleTimeout;

        /**
         * How many times a read that failed on the way (no answer, 5xx) is tried again; 0 to 10. Uploads and other
         * operations that move money are never repeated. Default 2.
         */
        private Integer readRetries;

        /** Connections kept open to the server at most. Default 5 for api 1, 8 for api 2. */
        private Integer maxConnections;

        /** The User-Agent header. Default capitalist4j. */
        private String userAgent;

        /** Api 1: the language of the server's messages, en or ru (sent as x-language). Default: the server's. */
        private String language;

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getRequestTimeout() {
            return requestTimeout;
        }

        public void setRequestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
        }

        public Duration getIdleTimeout() {
            return idleTimeout;
        }

        public void setIdleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
        }

        public Integer getReadRetries() {
            return readRetries;
        }

        public void setReadRetries(Integer readRetries) {
            this.readRetries = readRetries;
        }

        public Integer getMaxConnections() {
            return maxConnections;
        }

        public void setMaxConnections(Integer maxConnections) {
            this.maxConnections = maxConnections;
        }

        public String getUserAgent() {
            return userAgent;
        }

        public void setUserAgent(String userAgent) {
            this.userAgent = userAgent;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        @Override
        public String toString() {
            return "Http[connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", idleTimeout="
                    + idleTimeout + ", readRetries=" + readRetries + ", maxConnections=" + maxConnections
                    + ", userAgent=" + userAgent + ", language=" + language + "]";
        }
    }

    /** Where the payout journal keeps the payment numbers sent, so that none is ever sent twice. */
    public static class Journal {

        /**
         * datasource (the application's DataSource bean), h2-file (an H2 file in h2-directory) or none (nothing
         * prevents paying twice; a warning is logged). Default: datasource when the application has a DataSource
         * bean, else h2-file; with capitalist.sandbox=true and no DataSource, a journal in memory.
         */
        private JournalMode mode;

        /**
         * The directory of the h2-file journal (file journal.mv.db), created owner-only. Default
         * ${user.home}/.capitalist4j, the CLI's: an H2 file serves one process at a time.
         */
        private Path h2Directory = Path.of(System.getProperty("user.home"), ".capitalist4j");

        public JournalMode getMode() {
            return mode;
        }

        public void setMode(JournalMode mode) {
            this.mode = mode;
        }

        public Path getH2Directory() {
            return h2Directory;
        }

        public void setH2Directory(Path h2Directory) {
            this.h2Directory = h2Directory;
        }

        @Override
        public String toString() {
            return "Journal[mode=" + (mode == null ? "(default)" : mode.propertyValue()) + ", h2Directory="
                    + h2Directory + "]";
        }
    }

    /** The health indicator (with spring-boot-health / actuator on the classpath). */
    public static class Health {

        /** How long the health check waits for the server's account list before it reports DOWN. */
        private Duration timeout = Duration.ofSeconds(5);

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        @Override
        public String toString() {
            return "Health[timeout=" + timeout + "]";
        }
    }
}
