package io.capitalist4j.adapter.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The runnable jar's log configuration, set before the first logger exists. Stderr belongs to the CLI's own
 * messages: by default no log line reaches it, neither through slf4j-simple (which Vert.x, Netty, Flyway, HikariCP
 * and our adapters log through) nor through java.util.logging (the PostgreSQL driver's), so a library reporting what
 * the CLI already says in its own words (Vert.x on a malformed chunk, a pool on a lost connection) adds no raw line.
 * {@code --verbose} shows every logger at info; {@code CAPITALIST_LOG_LEVEL=debug} (or any slf4j-simple level) at that
 * level, java.util.logging then included; a {@code -Dorg.slf4j.simpleLogger.defaultLogLevel} given to the JVM is left
 * to rule alone.
 */
final class CliLogging {
    static final String PREFIX = "org.slf4j.simpleLogger.";
    private static final Set<String> LEVELS = Set.of("trace", "debug", "info", "warn", "error", "off");
    /** java.util.logging reads its configuration through this class when a library first logs, not before. */
    private static final String JUL_CONFIG_CLASS = "java.util.logging.config.class";

    private CliLogging() {
    }

    static void configure(Map<String, String> env, boolean verbose) {
        if (System.getProperty(PREFIX + "defaultLogLevel") != null) {
            return;
        }
        String asked = env.getOrDefault(EnvVars.LOG_LEVEL, "").trim().toLowerCase(Locale.ROOT);
        if (LEVELS.contains(asked)) {
            System.setProperty(PREFIX + "defaultLogLevel", asked);
            return;
        }
        if (verbose) {
            System.setProperty(PREFIX + "defaultLogLevel", "info");
            return;
        }
        System.setProperty(PREFIX + "defaultLogLevel", "off");
        if (System.getProperty(JUL_CONFIG_CLASS) == null && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty(JUL_CONFIG_CLASS, SilentJul.class.getName());
        }
    }
}
