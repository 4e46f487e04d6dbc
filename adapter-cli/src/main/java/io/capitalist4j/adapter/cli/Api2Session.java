package io.capitalist4j.adapter.cli;

import io.capitalist4j.adapter.api2.Api2Credentials;
import io.capitalist4j.adapter.api2.Api2Http;
import io.capitalist4j.adapter.api2.Api2HttpApi;
import io.capitalist4j.adapter.api2.Api2Options;
import io.capitalist4j.application.Api2Client;
import io.capitalist4j.application.port.out.api2.Api2Port;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2SandboxMain;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The composition root of one command under {@code --api 2}: the API2 adapter with the API key and secret, the
 * {@link Api2Client} on top (sending through the payout journal when the command opened one), and with
 * {@code --sandbox} the embedded fake API2 server underneath. Closed in reverse order when the command ends.
 */
final class Api2Session implements AutoCloseable {
    /** The journal keeps API2 numbers apart from v1 logins: "api2:" and the API key. */
    static final String JOURNAL_OWNER_PREFIX = "api2:";

    private final Api2Client client;
    private final Session.Resources resources;

    private Api2Session(Api2Client client, Session.Resources resources) {
        this.client = client;
        this.resources = resources;
    }

    /** The API key: the sandbox's with {@code --sandbox}, else {@code $CAPITALIST_API_KEY}. */
    static String apiKey(RootCommand root) {
        if (root.sandbox) {
            return Api2SandboxIdentity.API_KEY;
        }
        return root.terminal().variable(EnvVars.API_KEY).map(String::strip).orElseThrow(() ->
                new BadInputException("no API key: set " + EnvVars.API_KEY + " (API2 keys are made in the personal "
                        + "account's Security section)"));
    }

    static Api2Session open(RootCommand root, Optional<Journals.Opened> journal) {
        Session.Resources resources = new Session.Resources();
        try {
            URI url;
            Api2Credentials credentials;
            if (root.sandbox) {
                if (root.url != null) {
                    throw new BadInputException("--sandbox starts its own server: leave out --url");
                }
                FakeApi2Server server = FakeApi2Server.start(Api2SandboxMain.demoConfig(), 0);
                resources.push(server);
                url = server.uri();
                credentials = Api2Credentials.of(Api2SandboxIdentity.API_KEY, Secret.of(Api2SandboxIdentity.API_SECRET));
                root.terminal().secrets().add(credentials.apiSecret());
                root.terminal().err().println("sandbox (API2) started at " + url);
            } else {
                url = url(root);
                String key = apiKey(root);
                credentials = Api2Credentials.of(key, root.secrets().apiSecret(Optional.ofNullable(root.apiSecretFile)));
            }
            resources.push(credentials.apiSecret()::wipe);
            Api2Options options = Api2Options.builder().baseUrl(url).userAgent("capitalist4j-cli").build();
            Api2HttpApi api = Api2Http.create(options, credentials, root.terminal().secrets());
            resources.push(api);
            Api2Client.Builder client = Api2Client.builder().api(api);
            journal.ifPresent(j -> client.journal(j.port(), j.login()));
            Api2Client built = client.build();
            resources.push(built);
            return new Api2Session(built, resources);
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    /** {@code --url}, else the production endpoint; {@code $CAPITALIST_URL} names the v1 endpoint and is not read. */
    private static URI url(RootCommand root) {
        String text = root.url != null ? root.url : RootCommand.DEFAULT_API2_URL;
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--url is not a URL: " + text);
        }
    }

    Api2Client client() {
        return client;
    }

    Api2Port api() {
        return client.api();
    }

    /**
     * Waits for a stage of the API2 client; its failure comes as a {@link java.util.concurrent.CompletionException}
     * that {@link Failures} unwraps. An interrupt (Ctrl-C inside {@link Interruption#during}) keeps the thread's flag
     * and ends the wait with a {@link java.util.concurrent.CancellationException}, as the blocking v1 client does.
     */
    static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            java.util.concurrent.CancellationException cancelled =
                    new java.util.concurrent.CancellationException("interrupted while waiting for the answer");
            cancelled.initCause(e);
            throw cancelled;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new java.util.concurrent.CompletionException(e.getCause());
        }
    }

    @Override
    public void close() {
        resources.close();
    }
}
