package io.capitalist4j.adapter.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One {@link TestBank} per test class, its records moving every 40 ms, its key file in the class's temp folder. */
abstract class WithTestBank {

    @TempDir
    static Path dir;

    static TestBank bank;

    @BeforeAll
    static void startServer() {
        bank = TestBank.start(dir, Duration.ofMillis(40));
    }

    @AfterAll
    static void stopServer() {
        bank.close();
    }
}
