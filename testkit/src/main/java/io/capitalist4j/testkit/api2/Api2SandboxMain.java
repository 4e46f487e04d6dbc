package io.capitalist4j.testkit.api2;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake API2 server on its own: {@code java -cp … io.capitalist4j.testkit.api2.Api2SandboxMain [--port P]}.
 * Uses the system clock; a payment stays PENDING for {@link #DEMO_PENDING}. Prints the URL, the identity and the
 * accounts; stops on SIGTERM / Ctrl-C. The CLI's {@code capitalist sandbox --api 2} calls {@link #run(int, PrintStream)}.
 */
public final class Api2SandboxMain {

    /** How long a payment of the demo sandbox stays PENDING. */
    public static final Duration DEMO_PENDING = Duration.ofSeconds(1);

    private static final String USAGE = "usage: Api2SandboxMain [--port P]";

    private Api2SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port":
                    if (i + 1 >= args.length) {
                        System.err.println("--port needs a value; " + USAGE);
                        System.exit(2);
                        return;
                    }
                    port = Integer.parseInt(args[++i]);
                    break;
                case "--help":
                case "-h":
                    System.out.println(USAGE);
                    return;
                default:
                    System.err.println("unknown option " + args[i] + "; " + USAGE);
                    System.exit(2);
                    return;
            }
        }
        FakeApi2Server server = run(port, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "api2-sandbox-shutdown"));
        stopped.await();
    }

    /** The configuration the demo runs with: the defaults, payments PENDING for {@link #DEMO_PENDING}. */
    public static Api2SandboxConfig demoConfig() {
        return Api2SandboxConfig.builder().timeline(Api2Timeline.after(DEMO_PENDING)).build();
    }

    /**
     * Starts the demo sandbox on 127.0.0.1:{@code port} (0 for a free one) and prints, flushed at once,
     * {@code sandbox listening on http://127.0.0.1:P/}, the {@link #identityRows rows} {@code API key …},
     * {@code API secret …} and one {@code account …} per account, and a warning. Close the returned server to stop.
     */
    public static FakeApi2Server run(int port, PrintStream out) {
        return run(demoConfig(), port, out);
    }

    /**
     * The identity as the sandbox prints it: {@code API key <key>}, {@code API secret <secret>}, then
     * {@code account <number> <currency> <opening balance> <name>} per account.
     */
    public static List<String> identityRows(Api2SandboxConfig config) {
        List<String> rows = new ArrayList<>();
        rows.add("API key     " + config.apiKey());
        rows.add("API secret  " + config.apiSecret());
        for (Api2Account a : config.accounts()) {
            rows.add("account     " + a.number() + " " + a.currency() + " " + a.openingBalance().toPlainString()
                    + " " + a.name());
        }
        return List.copyOf(rows);
    }

    /** As {@link #run(int, PrintStream)} with another configuration. */
    public static FakeApi2Server run(Api2SandboxConfig config, int port, PrintStream out) {
        FakeApi2Server server = FakeApi2Server.start(config, port);
        out.println("sandbox listening on " + server.uri());
        identityRows(config).forEach(out::println);
        out.println("These are public test credentials for a fake Capitalist API2; never use them anywhere real.");
        out.flush();
        return server;
    }
}
