package io.capitalist4j.testkit.junit;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.InMemoryCapitalistApi;
import io.capitalist4j.testkit.SandboxBank;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.Timeline;
import java.net.URI;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link FakeCapitalistServer} once per test class and injects, into constructors and methods:
 * {@link FakeCapitalistServer}, its {@link URI}, {@link SandboxBank}, {@link SandboxIdentity},
 * {@link InMemoryCapitalistApi} (same bank) and a ready {@link CapitalistClient} (Vert.x HTTP client, CSV batch
 * format, token login as the sandbox user). Use {@code @ExtendWith(CapitalistSandboxExtension.class)} for the
 * defaults (system clock, records final on the next call), or register an instance built with
 * {@link #withConfig(SandboxConfig)} to choose clock, timeline, policies and limits. State is shared by the
 * tests of a class.
 */
public final class CapitalistSandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(CapitalistSandboxExtension.class);
    private static final String KEY = "sandbox";

    private final SandboxConfig config;

    /** The sandbox user, the system clock and {@link Timeline#immediate()}. */
    public CapitalistSandboxExtension() {
        this(SandboxConfig.sandbox().timeline(Timeline.immediate()).build());
    }

    private CapitalistSandboxExtension(SandboxConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public static CapitalistSandboxExtension withConfig(SandboxConfig config) {
        return new CapitalistSandboxExtension(config);
    }

    /** What one test class gets; closed by JUnit when the class is done. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {
        final FakeCapitalistServer server;
        private CapitalistHttpApi api;
        private CapitalistClient client;

        Running(FakeCapitalistServer server) {
            this.server = server;
        }

        synchronized CapitalistClient client() {
            if (client == null) {
                api = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).build(),
                        Credentials.of(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD)),
                        BouncyCastleSigning.passwordCipher());
                client = CapitalistClient.builder().api(api).batchFormat(CsvCodecs.batchFormat()).build();
            }
            return client;
        }

        @Override
        public synchronized void close() throws Exception {
            if (client != null) {
                client.close();
                api.close();
            }
            server.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put(KEY, new Running(FakeCapitalistServer.start(SandboxBank.create(config))));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Running running = context.getStore(NS).remove(KEY, Running.class);
        if (running != null) {
            running.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeCapitalistServer.class || type == URI.class || type == SandboxBank.class
                || type == SandboxIdentity.class || type == InMemoryCapitalistApi.class || type == CapitalistClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == FakeCapitalistServer.class) {
            return running.server;
        } else if (type == URI.class) {
            return running.server.uri();
        } else if (type == SandboxBank.class) {
            return running.server.bank();
        } else if (type == SandboxIdentity.class) {
            return SandboxIdentity.INSTANCE;
        } else if (type == InMemoryCapitalistApi.class) {
            return running.server.bank().inMemoryApi();
        } else {
            return running.client();
        }
    }

    private static Running running(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Running r = c.getStore(NS).get(KEY, Running.class);
            if (r != null) {
                return r;
            }
        }
        throw new ParameterResolutionException("the sandbox is not running: register CapitalistSandboxExtension "
                + "on the test class (static field for @RegisterExtension)");
    }
}
