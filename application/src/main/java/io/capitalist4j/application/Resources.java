package io.capitalist4j.application;

import java.util.List;

/** Closing what a client was handed: every resource is tried, the first failure kept, the others suppressed. */
final class Resources {

    private Resources() {
    }

    /** Closes from last to first; the failure to rethrow, or null when all closed. */
    static RuntimeException closeInReverse(List<AutoCloseable> resources) {
        RuntimeException failure = null;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                RuntimeException wrapped = e instanceof RuntimeException ? (RuntimeException) e
                        : new IllegalStateException("closing " + resources.get(i).getClass().getName() + " failed", e);
                if (failure == null) {
                    failure = wrapped;
                } else {
                    failure.addSuppressed(wrapped);
                }
            }
        }
        return failure;
    }
}
