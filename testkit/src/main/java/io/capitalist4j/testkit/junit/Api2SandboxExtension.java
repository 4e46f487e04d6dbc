package io.capitalist4j.testkit.junit;

import io.capitalist4j.testkit.api2.Api2SandboxConfig;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2Timeline;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.net.URI;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link FakeApi2Server} once per test class and injects, into constructors and methods, the
 * {@link FakeApi2Server}, its {@link URI} and the {@link Api2SandboxIdentity}. Use
 * {@code @ExtendWith(Api2SandboxExtension.class)} for the defaults (system clock, payments final at once), or
 * register an instance built with {@link #withConfig(Api2SandboxConfig)} (a static {@code @RegisterExtension}
 * field) to choose clock, timeline, policies and the §14 choices. State is shared by the tests of a class.
 */
public final class Api2SandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Api2SandboxExtension.class);
    private static final String KEY = "api2-sandbox";

    private final Api2SandboxConfig config;

    /** The sandbox identity, the system clock and {@link Api2Timeline#immediate()}. */
    public Api2SandboxExtension() {
        this(Api2SandboxConfig.builder().timeline(Api2Timeline.immediate()).build());
    }

    private Api2SandboxExtension(Api2SandboxConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public static Api2SandboxExtension withConfig(Api2SandboxConfig config) {
        return new Api2SandboxExtension(config);
    }

    /** Closed by JUnit with the store, should {@link #afterAll} not run. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {
        final FakeApi2Server server;

        Running(FakeApi2Server server) {
            this.server = server;
        }

        @Override
        public void close() {
            server.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put(KEY, new Running(FakeApi2Server.start(config)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Running running = context.getStore(NS).remove(KEY, Running.class);
        if (running != null) {
            running.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeApi2Server.class || type == URI.class || type == Api2SandboxIdentity.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Api2SandboxIdentity.class) {
            return Api2SandboxIdentity.INSTANCE;
        }
        Running running = running(context);
        return type == URI.class ? running.server.uri() : running.server;
    }

    private static Running running(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Running r = c.getStore(NS).get(KEY, Running.class);
            if (r != null) {
                return r;
            }
        }
        throw new ParameterResolutionException("the API2 sandbox is not running: register Api2SandboxExtension "
                + "on the test class (static field for @RegisterExtension)");
    }
}
