package io.capitalist4j.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory of an H2 journal file: owner-only when we create it, never a symbolic link. */
class H2FileDirectoryTest {

    @TempDir
    Path home;

    @Test
    void theDirectoryAndItsMissingParentsAreCreatedOwnerOnly() throws IOException {
        assumeTrue(Files.getFileStore(home).supportsFileAttributeView("posix"), "a POSIX file system");
        Path parent = home.resolve("dot-capitalist4j");
        Path dir = parent.resolve("journal");

        try (PayoutJournalPort journal = JdbcPayoutJournal.h2File(dir)) {
            journal.check();
            assertThat(journal.claim("login", List.of("a"), ClaimMode.ALL_OR_NOTHING).claimed()).containsExactly("a");
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(parent))).isEqualTo("rwx------");
        assertThat(dir.resolve(JdbcPayoutJournal.H2_FILE_NAME + ".mv.db")).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve(JdbcPayoutJournal.H2_FILE_NAME + ".mv.db")))).isEqualTo("rw-------");
    }

    @Test
    void theFileIsOwnerOnlyInADirectoryOthersMayReadAndKeepsItsClaimsWhenReopened() throws IOException {
        assumeTrue(Files.getFileStore(home).supportsFileAttributeView("posix"), "a POSIX file system");
        Path dir = Files.createDirectory(home.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path file = dir.resolve(JdbcPayoutJournal.H2_FILE_NAME + ".mv.db");

        try (PayoutJournalPort journal = JdbcPayoutJournal.h2File(dir)) {
            journal.claim("login", List.of("a", "b"), ClaimMode.ALL_OR_NOTHING);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).as("left as it was")
                .isEqualTo("rwxr-xr-x");
        try (PayoutJournalPort journal = JdbcPayoutJournal.h2File(dir)) {
            assertThat(journal.find("login", List.of("a", "b"))).containsOnlyKeys("a", "b");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aSymbolicLinkInPlaceOfTheFileIsRefused() throws IOException {
        Path dir = Files.createDirectory(home.resolve("linked-file"));
        Path elsewhere = home.resolve("elsewhere.mv.db");
        try {
            Files.createSymbolicLink(dir.resolve(JdbcPayoutJournal.H2_FILE_NAME + ".mv.db"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links: " + e);
        }

        assertThatThrownBy(() -> JdbcPayoutJournal.h2File(dir)).isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("symbolic link");
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void aClaimSurvivesClosingAndReopeningTheFile() {
        Path dir = home.resolve("journal");
        String claimId;
        try (PayoutJournalPort journal = JdbcPayoutJournal.h2File(dir)) {
            claimId = journal.claim("login", List.of("a"), ClaimMode.ALL_OR_NOTHING).claimId();
        }
        try (PayoutJournalPort journal = JdbcPayoutJournal.h2File(dir)) {
            assertThat(journal.find("login", List.of("a")).get("a").claimId()).isEqualTo(claimId);
        }
    }

    @Test
    void aSymbolicLinkInPlaceOfTheDirectoryIsRefusedAndNothingIsWrittenWhereItPoints() throws IOException {
        Path elsewhere = Files.createDirectory(home.resolve("elsewhere"));
        Path link = home.resolve("journal");
        try {
            Files.createSymbolicLink(link, elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links: " + e);
        }

        assertThatThrownBy(() -> JdbcPayoutJournal.h2File(link))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("symbolic link");
        try (var files = Files.list(elsewhere)) {
            assertThat(files).as("nothing written through the link").isEmpty();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aFileInPlaceOfTheDirectoryIsRefused() throws IOException {
        Path file = Files.writeString(home.resolve("journal"), "not a directory");

        assertThatThrownBy(() -> JdbcPayoutJournal.h2File(file))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("not a directory");
        assertThat(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}
