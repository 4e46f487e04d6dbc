package io.capitalist4j.adapter.cli;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.testkit.FakeCapitalistServer;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The composition root of one command: the HTTP adapter with its credentials and wire format, the batch
 * format, the signing adapter's password cipher, the client on top (submitting through the payout journal when
 * the command opened one), and with {@code --sandbox} the embedded fake server underneath. Closed in reverse order when the command ends.
 */
final class Session implements AutoCloseable {
    private static final java.time.Duration CLOSE_GRACE = java.time.Duration.ofSeconds(5);

    private final CapitalistClient client;
    private final Resources resources;

    private Session(CapitalistClient client, Resources resources) {
        this.client = client;
        this.resources = resources;
    }

    static Session open(RootCommand root, java.util.Optional<Journals.Opened> journal) {
        Resources resources = new Resources();
        try {
            URI url;
            Credentials credentials;
            if (root.sandbox) {
                if (root.url != null) {
                    throw new BadInputException("--sandbox starts its own server: leave out --url");
                }
                FakeCapitalistServer server = SandboxWiring.start(0, SandboxWiring.STEP);
                resources.push(server);
                url = server.uri();
                credentials = Credentials.of(SandboxWiring.login(), SandboxWiring.password());
                root.terminal().err().println("sandbox started at " + url + " (login " + SandboxWiring.login() + ")");
            } else {
                url = url(root);
                refusePlainPasswordInClear(root, url);
                String login = root.login().orElseThrow(() ->
                        new BadInputException("no login: give --login LOGIN or set " + EnvVars.LOGIN));
                Secret password = root.secrets().password(java.util.Optional.ofNullable(root.passwordFile));
                credentials = Credentials.of(login, password);
            }
            resources.push(credentials.password()::wipe);
            HttpOptions.Builder builder = HttpOptions.builder();
            if (root.language != null) {
                builder.language(root.language.wire());
            }
            HttpOptions options = builder
                    .baseUrl(url)
                    .format(root.wire == WireFormat.CSV ? ResponseFormat.CSV : ResponseFormat.JSON)
                    .authMode(root.plainPassword ? AuthMode.PLAIN : AuthMode.TOKEN)
                    .userAgent("capitalist4j-cli")
                    .allowPlainPasswordOverHttp(root.allowPlainPasswordOverHttp)
                    .build();
            CapitalistHttpApi api = VertxHttp.create(options, credentials, BouncyCastleSigning.passwordCipher(),
                    root.terminal().secrets());
            resources.push(api);
            CapitalistClient.Builder client = CapitalistClient.builder().api(api).batchFormat(CsvCodecs.batchFormat());
            // the journal is the root's: it outlives the client, and the root closes it last
            journal.ifPresent(j -> client.journal(j.port(), j.login()));
            CapitalistClient built = client.build();
            resources.push(built);
            return new Session(built, resources);
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    /**
     * Refused before the password is even read: {@code --plain-password} over {@code http://} to another machine
     * puts it on the network in clear text.
     */
    private static void refusePlainPasswordInClear(RootCommand root, URI url) {
        boolean inClear;
        try {
            inClear = HttpOptions.builder().baseUrl(url).authMode(root.plainPassword ? AuthMode.PLAIN : AuthMode.TOKEN)
                    .allowPlainPasswordOverHttp(true).build().plainPasswordInClear();
        } catch (IllegalArgumentException e) {
            return; // a URL the options refuse anyway is reported when the session is built
        }
        if (inClear && !root.allowPlainPasswordOverHttp) {
            throw new BadInputException("--plain-password over http:// to " + url.getHost() + " would send the password"
                    + " in clear text: use https, or give --allow-plain-password-over-http");
        }
    }

    private static URI url(RootCommand root) {
        String text = root.url != null ? root.url : root.terminal().variable(EnvVars.URL).orElse(RootCommand.DEFAULT_URL);
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--url is not a URL: " + text);
        }
    }

    CapitalistClient client() {
        return client;
    }

    @Override
    public void close() {
        resources.close();
    }

    /** What a session opened, closed last first. */
    static final class Resources {
        private final Deque<AutoCloseable> opened = new ArrayDeque<>();

        void push(AutoCloseable resource) {
            opened.push(resource);
        }

        void close() {
            closeAll(opened);
        }
    }

    /**
     * Closes each resource, waiting at most {@link #CLOSE_GRACE} for each: the answer is already printed, and a
     * tool that hangs on exit is worse than one that leaves a socket for the OS to reap.
     */
    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            Thread closer = new Thread(() -> {
                try {
                    resource.close();
                } catch (Exception e) {
                    // a failed close changes nothing for the user: the command's outcome is already decided
                }
            }, "capitalist-close");
            closer.setDaemon(true);
            closer.start();
            try {
                closer.join(CLOSE_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
