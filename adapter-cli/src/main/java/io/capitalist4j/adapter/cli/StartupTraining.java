package io.capitalist4j.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * Run once by the build, next to the jar ({@code mvn package}): writes the launcher script {@code capitalist}, then
 * runs the commands an operator runs most, in-process against the embedded sandboxes, so that the JVM started with
 * {@code -XX:ArchiveClassesAtExit=capitalist.jsa} archives the classes they load. The launcher maps that archive, and
 * a command then starts without loading and verifying its few thousand classes one by one. Not a command of the CLI.
 */
public final class StartupTraining {
    static final String LAUNCHER = "capitalist";
    static final String ARCHIVE = "capitalist.jsa";

    /** Two lines over v1 (an internal transfer and a card payout) and their API2 counterpart. */
    private static final String V1_BATCH = "CAPITALIST;R0000002;150.00;RUR;TRAIN-0001;training\n"
            + "RUCARD;4276380079956889;3000.00;RUR;TRAIN-0002;training;Ivan;Ivanov\n";
    private static final String API2_BATCH = "CAPITALIST;R0000002;150.00;RUR;TRAIN-0001;training\n";

    private StartupTraining() {
    }

    /** {@code args[0]}: the directory of the jar, where the launcher is written. */
    public static void main(String[] args) throws IOException {
        CliLogging.configure(Map.of(), false);
        Path dir = Path.of(args[0]).toAbsolutePath();
        writeLauncher(dir);
        Path work = Files.createTempDirectory("capitalist-training");
        try {
            Path v1 = Files.writeString(work.resolve("payouts.csv"), V1_BATCH, StandardCharsets.UTF_8);
            Path api2 = Files.writeString(work.resolve("payouts-api2.csv"), API2_BATCH, StandardCharsets.UTF_8);
            String journal = "jdbc:h2:file:" + work.resolve("journal").toAbsolutePath();
            List<List<String>> runs = List.of(
                    List.of("--help"), List.of("accounts", "--help"), List.of("--version"),
                    List.of("batch", "validate", v1.toString()),
                    List.of("--sandbox", "accounts"), List.of("--sandbox", "rates", "--output", "json"),
                    List.of("--sandbox", "--journal", journal, "batch", "submit", v1.toString(), "--verify", "signature",
                            "--wait"),
                    List.of("--journal", journal, "--login", "sandbox", "journal", "list"),
                    List.of("--sandbox", "--api", "2", "accounts"),
                    List.of("--sandbox", "--api", "2", "batch", "submit", api2.toString(), "--wait"));
            for (List<String> run : runs) {
                StringWriter err = new StringWriter();
                int code = CapitalistCli.run(Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                        run.toArray(new String[0]));
                if (code != ExitCode.OK) {
                    // the archive is only an optimisation: say what did not run and go on
                    System.err.println("startup training: " + run + " ended with exit " + code + ": " + err);
                }
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The launcher script; executable where the file system knows POSIX permissions. */
    static void writeLauncher(Path dir) {
        Path launcher = dir.resolve(LAUNCHER);
        try (var in = StartupTraining.class.getResourceAsStream("launcher.sh")) {
            Files.write(launcher, in.readAllBytes());
            try {
                Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // Windows: run the jar with java -jar; the script is for POSIX shells
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
