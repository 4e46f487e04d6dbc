package io.capitalist4j.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An H2 journal file between processes: a claim is on disk when claim() returns; one process at a time. */
class H2FileProcessesTest {

    @TempDir
    Path home;

    @Test
    void aClaimIsOnDiskWhenClaimReturnsEvenIfTheProcessDiesRightAfter() throws Exception {
        Path dir = home.resolve("journal");
        Process child = start("claim-and-halt", dir.toString(), "p-1", "p-2");
        String line = firstLine(child);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(line).startsWith("claimed ");
        String claimId = line.substring("claimed ".length());

        try (PayoutJournalPort journal = JdbcPayoutJournal.h2File(dir)) {
            Map<String, JournalEntry> found = journal.find("login", List.of("p-1", "p-2"));
            assertThat(found).containsOnlyKeys("p-1", "p-2");
            assertThat(found.values()).allSatisfy(e -> {
                assertThat(e.state()).isEqualTo(JournalState.IN_DOUBT);
                assertThat(e.claimId()).isEqualTo(claimId);
            });
        }
    }

    @Test
    void aSecondProcessIsToldThatAnH2JournalServesOneProcessAtATime() throws Exception {
        Path dir = home.resolve("journal");
        Process child = start("hold", dir.toString());
        try {
            assertThat(firstLine(child)).isEqualTo("open");

            assertThatThrownBy(() -> JdbcPayoutJournal.h2File(dir))
                    .isInstanceOf(JournalUnavailableException.class)
                    .hasMessageContaining("one process at a time")
                    .hasMessageContaining("PostgreSQL")
                    .satisfies(e -> System.out.println("second process: " + e.getMessage()));
        } finally {
            child.getOutputStream().close();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        try (PayoutJournalPort journal = JdbcPayoutJournal.h2File(dir)) {
            journal.check();
        }
    }

    private static Process start(String... args) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, H2JournalProcess.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static String firstLine(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("claimed ") || line.equals("open")) {
                return line;
            }
        }
        return "(the child said nothing; exit " + (child.isAlive() ? "pending" : child.exitValue()) + ")";
    }
}
