package io.capitalist4j.adapter.cli;

import io.capitalist4j.application.Api2Client;
import io.capitalist4j.application.port.in.PaymentsNotFinalException;
import io.capitalist4j.domain.api2.Api2Payment;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code batch submit --wait} under {@code --api 2}: rounds of look-ups by payment number until each payment is
 * EXECUTED or DECLINED, as {@link Api2Client#awaitCompletion} does, but here, where the CLI can show a progress line
 * each time the counts change and, on Ctrl-C, say where every payment stands. A number the server does not know is
 * not waited for; a failed look-up ends the wait; the deadline is wall-clock time, also in the middle of a round.
 */
final class Api2Wait {
    private final Api2Client client;
    private final PrintWriter err;
    private final Map<String, Optional<Api2Payment>> last = new LinkedHashMap<>();
    private String shown;

    Api2Wait(Api2Client client, PrintWriter err, List<String> numbers) {
        this.client = client;
        this.err = err;
        numbers.forEach(n -> last.put(n, Optional.empty()));
    }

    /**
     * Follows every payment; inside {@link Interruption#during} Ctrl-C ends it with {@link Interruption.InterruptedWait}.
     *
     * @throws PaymentsNotFinalException at the deadline, naming the payments not final
     */
    Map<String, Optional<Api2Payment>> follow(Duration interval, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<String> pending = new ArrayList<>(last.keySet());
        try {
            while (true) {
                round(pending, deadline);
                pending.removeIf(n -> last.get(n).map(Api2Payment::isFinal).orElse(true));
                progress();
                if (pending.isEmpty()) {
                    return Map.copyOf(last);
                }
                if (!Instant.now().plus(interval).isBefore(deadline)) {
                    throw new PaymentsNotFinalException(pending, last.size());
                }
                Thread.sleep(interval.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interruption.InterruptedWait(e);
        }
    }

    private void round(List<String> pending, Instant deadline) throws InterruptedException {
        Map<String, CompletableFuture<Optional<Api2Payment>>> round = new LinkedHashMap<>();
        pending.forEach(n -> round.put(n, client.payment(n).toCompletableFuture()));
        try {
            CompletableFuture.allOf(round.values().toArray(new CompletableFuture<?>[0]))
                    .get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new PaymentsNotFinalException(pending, last.size());
        } catch (ExecutionException e) {
            throw new java.util.concurrent.CompletionException(Failures.unwrap(e.getCause()));
        }
        round.forEach((n, answer) -> last.put(n, answer.join()));
    }

    private void progress() {
        String line = "payouts: " + finalCount() + "/" + last.size() + " final" + counts();
        if (!line.equals(shown)) {
            shown = line;
            err.println(line);
            err.flush();
        }
    }

    /** The last state seen of each payment; empty for one not looked up yet, or unknown to the server. */
    synchronized Map<String, Optional<Api2Payment>> states() {
        return Map.copyOf(last);
    }

    /** Payments final by now. */
    long finalCount() {
        return last.values().stream().filter(p -> p.map(Api2Payment::isFinal).orElse(false)).count();
    }

    /** The numbers not final (or not looked up yet), in file order. */
    List<String> notFinal() {
        List<String> numbers = new ArrayList<>();
        last.forEach((n, p) -> {
            if (!p.map(Api2Payment::isFinal).orElse(false)) {
                numbers.add(n);
            }
        });
        return numbers;
    }

    /** " (EXECUTED 3, PENDING 5)": the states seen, by name; " (not looked up yet)" before the first round. */
    String counts() {
        Map<String, Integer> byState = new TreeMap<>();
        last.values().forEach(p -> p.ifPresent(payment -> byState.merge(payment.rawState(), 1, Integer::sum)));
        if (byState.isEmpty()) {
            return " (not looked up yet)";
        }
        StringBuilder text = new StringBuilder();
        String separator = " (";
        for (Map.Entry<String, Integer> e : byState.entrySet()) {
            text.append(separator).append(e.getKey()).append(' ').append(e.getValue());
            separator = ", ";
        }
        return text.append(')').toString();
    }
}
