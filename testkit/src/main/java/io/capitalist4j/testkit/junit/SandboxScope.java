package io.capitalist4j.testkit.junit;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * How long one sandbox lives under a JUnit extension: started when a test first asks for it (a parameter of a
 * constructor, a {@code @BeforeEach} or a test method), then closed after that test ({@link #PER_TEST}, the
 * default: every test sees a clean bank) or after the class ({@link #PER_CLASS}: one bank for all the tests of a
 * class, which see each other's uploads).
 */
public enum SandboxScope {
    /** A fresh sandbox for every test: nothing one test did is seen by the next. */
    PER_TEST,
    /** One sandbox for the whole class, shared by its tests. */
    PER_CLASS;

    /** The sandbox of the innermost context holding one, or a new one kept by the innermost class context. */
    <R extends AutoCloseable> R get(ExtensionContext context, ExtensionContext.Namespace ns, Class<R> type,
                                    Supplier<R> start) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Held held = c.getStore(ns).get(Held.class, Held.class);
            if (held != null) {
                return type.cast(held.resource);
            }
        }
        ExtensionContext owner = context;
        while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
            owner = owner.getParent().get();
        }
        if (owner.getTestClass().isEmpty()) {
            throw new ParameterResolutionException("the sandbox can only be injected into a test class");
        }
        R resource = start.get();
        owner.getStore(ns).put(Held.class, new Held(resource));
        return resource;
    }

    /** After a test: under {@link #PER_TEST}, closes the sandbox that test used. */
    void afterEach(ExtensionContext context, ExtensionContext.Namespace ns) throws Exception {
        if (this == PER_TEST) {
            closeNearest(context, ns);
        }
    }

    /** After the class: closes what is left. */
    void afterAll(ExtensionContext context, ExtensionContext.Namespace ns) throws Exception {
        Held held = context.getStore(ns).remove(Held.class, Held.class);
        if (held != null) {
            held.close();
        }
    }

    private static void closeNearest(ExtensionContext context, ExtensionContext.Namespace ns) throws Exception {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Held held = c.getStore(ns).remove(Held.class, Held.class);
            if (held != null) {
                held.close();
                return;
            }
        }
    }

    /** Closed by JUnit with its store, should the callbacks not run. */
    @SuppressWarnings("deprecation")
    private static final class Held implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final AutoCloseable resource;

        Held(AutoCloseable resource) {
            this.resource = resource;
        }

        @Override
        public void close() throws Exception {
            resource.close();
        }
    }
}
