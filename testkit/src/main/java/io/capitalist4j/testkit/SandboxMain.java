package io.capitalist4j.testkit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox on its own: {@code java -cp capitalist4j-testkit.jar:… io.capitalist4j.testkit.SandboxMain
 * [--port P] [--keys-dir DIR] [--legacy-formats]}. JSON-only like the live server unless {@code --legacy-formats}. Uses the system clock with 300 ms steps, so a batch is final about a second
 * after upload. Prints the URL and the sandbox identity; stops on SIGTERM / Ctrl-C.
 */
public final class SandboxMain {

    /** The demo's step between record states. */
    public static final Duration DEMO_STEP = Duration.ofMillis(300);

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        Path keysDir = null;
        boolean legacyFormats = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port":
                    port = Integer.parseInt(value(args, ++i, "--port"));
                    break;
                case "--keys-dir":
                    keysDir = Path.of(value(args, ++i, "--keys-dir"));
                    break;
                case "--legacy-formats":
                    legacyFormats = true;
                    break;
                case "--help":
                case "-h":
                    System.out.println("usage: SandboxMain [--port P] [--keys-dir DIR] [--legacy-formats]");
                    return;
                default:
                    System.err.println("unknown option " + args[i] + "; usage: SandboxMain [--port P] [--keys-dir DIR] [--legacy-formats]");
                    System.exit(2);
                    return;
            }
        }
        FakeCapitalistServer server = run(port, keysDir, legacyFormats, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        stopped.await();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /**
     * Starts the demo sandbox and prints how to use it. When {@code keysDir} is not null the sandbox
     * certificate key files are written there. Close the returned server to stop.
     */
    public static FakeCapitalistServer run(int port, Path keysDir, PrintStream out) {
        return run(port, keysDir, false, out);
    }

    /** As {@link #run(int, Path, PrintStream)}; with {@code legacyFormats} it also answers CSV and json-lite. */
    public static FakeCapitalistServer run(int port, Path keysDir, boolean legacyFormats, PrintStream out) {
        SandboxConfig config = SandboxConfig.sandbox().timeline(Timeline.steps(DEMO_STEP)).legacyFormats(legacyFormats)
                .build();
        FakeCapitalistServer server = FakeCapitalistServer.start(SandboxBank.create(config), port);
        out.println("Capitalist sandbox listening on " + server.uri()
                + (legacyFormats ? " (JSON, CSV and json-lite)" : " (JSON only)"));
        out.println("  login                " + SandboxIdentity.LOGIN);
        out.println("  password             " + SandboxIdentity.PASSWORD);
        out.println("  PIN                  " + SandboxIdentity.PIN);
        out.println("  SMS code             " + SandboxIdentity.SMS_CODE);
        out.println("  certificate password " + SandboxIdentity.CERTIFICATE_PASSWORD);
        for (SandboxAccount a : SandboxIdentity.accounts()) {
            out.println("  account              " + a.number() + " " + a.openingBalance());
        }
        if (keysDir != null) {
            Path dir = SandboxIdentity.writeKeyFiles(keysDir);
            out.println("  key files            " + dir.toAbsolutePath().normalize() + " ("
                    + SandboxIdentity.PRIVATE_KEY_FILE + ", " + SandboxIdentity.ENCRYPTED_KEY_FILE + ", "
                    + SandboxIdentity.PUBLIC_KEY_FILE + ")");
        }
        out.println("These are public test credentials for a fake bank; never use them anywhere real.");
        out.flush();
        return server;
    }
}
