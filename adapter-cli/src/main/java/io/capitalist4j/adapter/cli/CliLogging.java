package io.capitalist4j.adapter.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The runnable jar's log configuration (slf4j-simple, which Vert.x and Netty log through too), set before the
 * first logger exists. Stderr belongs to the CLI's own messages: by default only our own warnings may add to it, and
 * the libraries' internal lines (Vert.x reporting a bad chunk it has already failed the request with) are off, but for
 * the journal's Flyway and HikariCP, which keep their warnings.
 * {@code CAPITALIST_LOG_LEVEL=debug} (or any slf4j-simple level) shows every logger at that level; a
 * {@code -Dorg.slf4j.simpleLogger.defaultLogLevel} given to the JVM is left to rule alone.
 */
final class CliLogging {
    static final String PREFIX = "org.slf4j.simpleLogger.";
    private static final Set<String> LEVELS = Set.of("trace", "debug", "info", "warn", "error", "off");

    private CliLogging() {
    }

    static void configure(Map<String, String> env) {
        if (System.getProperty(PREFIX + "defaultLogLevel") != null) {
            return;
        }
        String asked = env.getOrDefault(EnvVars.LOG_LEVEL, "").trim().toLowerCase(Locale.ROOT);
        if (LEVELS.contains(asked)) {
            System.setProperty(PREFIX + "defaultLogLevel", asked);
            return;
        }
        System.setProperty(PREFIX + "defaultLogLevel", "off");
        setIfAbsent(PREFIX + "log.io.capitalist4j", "warn");
        // the journal's libraries: their warnings matter (a pool that cannot keep connections), their progress does not
        setIfAbsent(PREFIX + "log.org.flywaydb", "warn");
        setIfAbsent(PREFIX + "log.com.zaxxer.hikari", "warn");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
