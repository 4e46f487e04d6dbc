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
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link FakeCapitalistServer} once per test class and injects, into constructors and methods:
 * {@link FakeCapitalistServer}, its {@link URI}, {@link SandboxBank}, {@link SandboxIdentity},
 * {@link InMemoryCapitalistApi} (same bank) and a ready {@link CapitalistClient} (Vert.x HTTP client, CSV batch
 * format, token login as the sandbox user). Use {@code @ExtendWith(CapitalistSandboxExtension.class)} for the
 * defaults (system clock, records final on the next call), or register an instance built with
 * {@link #withConfig(SandboxConfig)} to choose clock, timeline, policies and limits. Every test gets a clean
 * sandbox (a new server, bank and client); {@link #sharedPerClass()} keeps one for all the tests of a class
 * ({@link SandboxScope}).
 */
public final class CapitalistSandboxExtension implements AfterEachCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(CapitalistSandboxExtension.class);

    private final SandboxConfig config;
    private final SandboxScope scope;

    /** The sandbox user, the system clock and {@link Timeline#immediate()}, a clean sandbox per test. */
    public CapitalistSandboxExtension() {
        this(SandboxConfig.sandbox().timeline(Timeline.immediate()).build(), SandboxScope.PER_TEST);
    }

    private CapitalistSandboxExtension(SandboxConfig config, SandboxScope scope) {
        this.config = Objects.requireNonNull(config, "config");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** These settings, a clean sandbox per test. */
    public static CapitalistSandboxExtension withConfig(SandboxConfig config) {
        return new CapitalistSandboxExtension(config, SandboxScope.PER_TEST);
    }

    /** The same settings, one sandbox for all the tests of a class (they see each other's uploads). */
    public CapitalistSandboxExtension sharedPerClass() {
        return new CapitalistSandboxExtension(config, SandboxScope.PER_CLASS);
    }

    /** The scope of the sandboxes this extension starts. */
    public SandboxScope scope() {
        return scope;
    }

    /** One sandbox and the client talking to it. */
    private static final class Running implements AutoCloseable {
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
        public synchronized void close() {
            if (client != null) {
                client.close();
                api.close();
            }
            server.close();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        scope.afterEach(context, NS);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        scope.afterAll(context, NS);
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

    private Running running(ExtensionContext context) {
        return scope.get(context, NS, Running.class,
                () -> new Running(FakeCapitalistServer.start(SandboxBank.create(config))));
    }
}
