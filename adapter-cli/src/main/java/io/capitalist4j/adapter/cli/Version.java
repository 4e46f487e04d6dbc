package io.capitalist4j.adapter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version and git commit this CLI was built from, as the build wrote them into {@code version.properties}. A
 * build from a source tree without git (a release archive) has no commit: it says {@code unknown}.
 */
final class Version implements IVersionProvider {
    static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"capitalist " + version() + " (commit " + commit() + ")"};
    }

    static String version() {
        return filled("version");
    }

    /** The abbreviated commit id, {@code -dirty} added when the tree had changes not committed. */
    static String commit() {
        String commit = filled("commit");
        return commit.equals(UNKNOWN) || !"true".equals(properties().getProperty("dirty")) ? commit : commit + "-dirty";
    }

    private static String filled(String key) {
        return orUnknown(properties().getProperty(key));
    }

    /** A value the build filled in; none, or a placeholder the build left (no git, or no filtering), is unknown. */
    static String orUnknown(String value) {
        return value == null || value.isBlank() || value.contains("${") ? UNKNOWN : value.strip();
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
