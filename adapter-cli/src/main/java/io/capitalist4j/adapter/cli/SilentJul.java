package io.capitalist4j.adapter.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * java.util.logging's configuration when the CLI shows no log lines: no handler, every logger off. LogManager creates
 * it by name ({@code java.util.logging.config.class}) the first time a library logs, so a command that loads no such
 * library never pays for it.
 */
public final class SilentJul {

    public SilentJul() throws IOException {
        LogManager.getLogManager().readConfiguration(
                new ByteArrayInputStream("handlers=\n.level=OFF\n".getBytes(StandardCharsets.ISO_8859_1)));
    }
}
