package io.capitalist4j.testkit.junit;

import io.capitalist4j.testkit.api2.Api2SandboxConfig;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2Timeline;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.net.URI;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link FakeApi2Server} once per test class and injects, into constructors and methods, the
 * {@link FakeApi2Server}, its {@link URI} and the {@link Api2SandboxIdentity}. Use
 * {@code @ExtendWith(Api2SandboxExtension.class)} for the defaults (system clock, payments final at once), or
 * register an instance built with {@link #withConfig(Api2SandboxConfig)} (a static {@code @RegisterExtension}
 * field) to choose clock, timeline, policies and the §14 choices. Every test gets a clean sandbox;
 * {@link #sharedPerClass()} keeps one for all the tests of a class ({@link SandboxScope}).
 */
public final class Api2SandboxExtension implements AfterEachCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Api2SandboxExtension.class);

    private final Api2SandboxConfig config;
    private final SandboxScope scope;

    /** The sandbox identity, the system clock and {@link Api2Timeline#immediate()}, a clean sandbox per test. */
    public Api2SandboxExtension() {
        this(Api2SandboxConfig.builder().timeline(Api2Timeline.immediate()).build(), SandboxScope.PER_TEST);
    }

    private Api2SandboxExtension(Api2SandboxConfig config, SandboxScope scope) {
        this.config = Objects.requireNonNull(config, "config");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** These settings, a clean sandbox per test. */
    public static Api2SandboxExtension withConfig(Api2SandboxConfig config) {
        return new Api2SandboxExtension(config, SandboxScope.PER_TEST);
    }

    /** The same settings, one sandbox for all the tests of a class (they see each other's payments). */
    public Api2SandboxExtension sharedPerClass() {
        return new Api2SandboxExtension(config, SandboxScope.PER_CLASS);
    }

    /** The scope of the sandboxes this extension starts. */
    public SandboxScope scope() {
        return scope;
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
        return type == FakeApi2Server.class || type == URI.class || type == Api2SandboxIdentity.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Api2SandboxIdentity.class) {
            return Api2SandboxIdentity.INSTANCE;
        }
        FakeApi2Server server = scope.get(context, NS, FakeApi2Server.class, () -> FakeApi2Server.start(config));
        return type == URI.class ? server.uri() : server;
    }

}
