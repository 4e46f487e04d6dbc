package io.capitalist4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P4: follow a 100 000-record batch to its end through the paginator ({@code forEachRecordPage}, 1 000-record
 * pages) in a JVM limited to 64 MB of heap, and report the time and the heap it took. The floor is a bare
 * Vert.x Web Client reading the same pages into Jackson trees and dropping them, in an equally limited JVM.
 * This JVM only hosts the testkit server; each client runs in its own child JVM so that the server's copy of
 * the batch does not count against the client's heap.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.capitalist4j.benchmarks.FollowBatch [records] [rounds]}; prints
 * {@code name ours floor ratio} lines like {@link Report}.
 */
public final class FollowBatch {

    static final String HEAP = "-Xmx64m";
    static final int PAGE_SIZE = CapitalistClient.DEFAULT_PAGE_SIZE;
    private static final String CHILD = "--child";
    private static final String RESULT = "RESULT";

    private FollowBatch() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(CHILD)) {
            child(args);
            return;
        }
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.exit(parent(records, rounds));
    }

    // ---- the server's side

    private static int parent(int records, int rounds) throws IOException, InterruptedException {
        long started = System.nanoTime();
        BenchBank bank = BenchBank.withBatchOf(records);
        FakeCapitalistServer server = FakeCapitalistServer.start(bank.bank);
        System.err.printf(Locale.ROOT, "P4: the testkit server holds a %d-record batch (%.1f s to upload)%n", records,
                (System.nanoTime() - started) / 1e9);
        try {
            double[] floor = runChild("floor", server.uri(), bank.batchId, records, rounds);
            double[] ours = runChild("ours", server.uri(), bank.batchId, records, rounds);
            if (floor == null || ours == null) {
                return 1;
            }
            String name = "P4.follow" + records;
            System.out.println(new Report.Figure(name + ".seconds", ours[0], floor[0]).line());
            System.out.println(new Report.Figure(name + ".peakHeapMB", ours[1] / 1e6, floor[1] / 1e6).line());
            System.out.println(new Report.Figure(name + ".liveHeapMB", ours[2] / 1e6, floor[2] / 1e6).line());
            return 0;
        } finally {
            Shutdown.close("the testkit server", server);
        }
    }

    /** seconds, peak heap bytes, live heap bytes; null when the child failed. */
    private static double[] runChild(String mode, URI uri, BatchId id, int records, int rounds)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                FollowBatch.class.getName(), CHILD, mode, uri.toString(), id.value(), Integer.toString(records),
                Integer.toString(rounds)));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        double[] result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(RESULT + " ")) {
                    result = Arrays.stream(line.substring(RESULT.length() + 1).trim().split(" "))
                            .mapToDouble(Double::parseDouble).toArray();
                } else {
                    System.err.println("P4 " + mode + ": " + line);
                }
            }
        }
        int exit = child.waitFor();
        if (exit != 0 || result == null) {
            System.err.println("P4 " + mode + ": the client JVM (" + HEAP + ") failed with exit code " + exit);
            return null;
        }
        return result;
    }

    // ---- the client's side, in a JVM with HEAP

    private static void child(String[] args) throws Exception {
        String mode = args[1];
        URI uri = URI.create(args[2]);
        BatchId id = BatchId.of(args[3]);
        int records = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        String maxHeap = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx")).findFirst().orElse("(no -Xmx)");
        try (HeapWatch heap = new HeapWatch(); Follower follower = mode.equals("ours") ? new Ours(uri) : new Floor(uri)) {
            follower.follow(id, records); // warm-up round, also proves the batch is complete
            double[] seconds = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                follower.follow(id, records);
                seconds[i] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(seconds);
            long gcs = heap.collections();
            System.gc(); // delivers the notifications of every earlier collection before we read them
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (heap.collections() == gcs && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            System.out.printf(Locale.ROOT, "%s: %d records, %d rounds, median %.3f s, peak heap %.1f MB, live %.1f MB, %s%n",
                    mode, records, rounds, seconds[rounds / 2], heap.peakBytes() / 1e6, heap.liveBytes() / 1e6, maxHeap);
            System.out.printf(Locale.ROOT, "%s %.6f %d %d%n", RESULT, seconds[rounds / 2], heap.peakBytes(), heap.liveBytes());
        }
        System.exit(0);
    }

    private interface Follower extends AutoCloseable {
        /** Reads every record of the batch; fails unless exactly {@code records} arrived. */
        void follow(BatchId id, int records);

        @Override
        void close();
    }

    /** Through the library: the paginator of {@link CapitalistClient} over the Vert.x HTTP adapter. */
    private static final class Ours implements Follower {
        private final CapitalistHttpApi api;
        private final CapitalistClient client;

        Ours(URI uri) {
            api = VertxHttp.create(HttpOptions.builder().baseUrl(uri).authMode(AuthMode.PLAIN).build(),
                    Credentials.of(BenchBank.LOGIN, Secret.of(BenchBank.PASSWORD)), BouncyCastleSigning.passwordCipher());
            client = CapitalistClient.builder().api(api).build();
        }

        @Override
        public void follow(BatchId id, int records) {
            AtomicLong seen = new AtomicLong();
            client.forEachRecordPage(id, PAGE_SIZE, page -> seen.addAndGet(page.records().size()))
                    .toCompletableFuture().join();
            check(seen.get(), records);
        }

        @Override
        public void close() {
            client.close();
            Shutdown.close("the HTTP adapter", api);
        }
    }

    /** A bare Web Client asking page after page with start_offset and reading each answer into a tree. */
    private static final class Floor implements Follower {
        private final Vertx vertx = Vertx.vertx();
        private final WebClient web = WebClient.create(vertx);
        private final ObjectMapper mapper = new ObjectMapper();
        private final String url;

        Floor(URI uri) {
            url = uri.toString();
        }

        @Override
        public void follow(BatchId id, int records) {
            long seen = 0;
            int offset = 0;
            while (true) {
                MultiMap form = MultiMap.caseInsensitiveMultiMap()
                        .add("operation", "get_batch_info").add("login", BenchBank.LOGIN)
                        .add("batch_id", id.value()).add("page_size", Integer.toString(PAGE_SIZE))
                        .add("start_offset", Integer.toString(offset)).add("plain_password", BenchBank.PASSWORD);
                JsonNode data = web.postAbs(url).putHeader("x-response-format", "json").sendForm(form, "UTF-8")
                        .map(response -> tree(response.body().getBytes()).path("data"))
                        .toCompletionStage().toCompletableFuture().join();
                int size = data.path("records").size();
                seen += size;
                offset += size;
                if (size == 0 || offset >= data.path("totalCount").asInt()) {
                    break;
                }
            }
            check(seen, records);
        }

        private JsonNode tree(byte[] body) {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            web.close();
            Shutdown.close("the bare Vert.x", () -> vertx.close().toCompletionStage().toCompletableFuture().join());
        }
    }

    private static void check(long seen, int records) {
        if (seen != records) {
            throw new IllegalStateException("followed " + seen + " records of " + records);
        }
    }
}
