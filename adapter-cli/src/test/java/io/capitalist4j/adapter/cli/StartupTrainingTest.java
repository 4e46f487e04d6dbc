package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher the build writes next to the jar: a POSIX shell script that maps the class-data archive when it is there. */
class StartupTrainingTest {

    @TempDir
    Path dir;

    @Test
    void theLauncherRunsTheJarBesideItWithTheArchiveWhenThereAndIsExecutable() throws Exception {
        StartupTraining.writeLauncher(dir);

        Path launcher = dir.resolve(StartupTraining.LAUNCHER);
        String script = Files.readString(launcher, StandardCharsets.UTF_8);
        assertThat(script).startsWith("#!/bin/sh\n")
                .contains("if [ -f \"$dir/" + StartupTraining.ARCHIVE + "\" ]; then")
                .contains("-XX:SharedArchiveFile=\"$dir/" + StartupTraining.ARCHIVE + "\"")
                .contains("-jar \"$dir/capitalist.jar\" \"$@\"")
                .contains("$CAPITALIST_JAVA_OPTS");
        if (launcher.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(launcher)).contains(PosixFilePermission.OWNER_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE);
            Process syntax = new ProcessBuilder("sh", "-n", launcher.toString()).redirectErrorStream(true).start();
            assertThat(syntax.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(syntax.exitValue()).as(new String(syntax.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isZero();
        }
    }
}
