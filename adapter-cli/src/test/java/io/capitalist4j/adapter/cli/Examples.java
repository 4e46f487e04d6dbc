package io.capitalist4j.adapter.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The example batch files shipped in adapter-cli/examples, as the tests find them. */
final class Examples {
    static final Path PAYOUTS = example("payouts.csv");
    static final Path WITH_BAD_LINE = example("payouts-with-bad-line.csv");
    static final Path PAYOUTS_API2 = example("payouts-api2.csv");

    private Examples() {
    }

    private static Path example(String name) {
        Path here = Path.of("examples", name);
        if (Files.exists(here)) {
            return here;
        }
        return Path.of("adapter-cli", "examples", name);
    }
}
