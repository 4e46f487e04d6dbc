package io.capitalist4j.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Comparator;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Reading what a registry recorded, for the tests. */
final class Meters {

    private Meters() {
    }

    /** How many calls the timer with exactly these tags recorded; 0 when there is none. */
    static long calls(MeterRegistry registry, String protocol, String operation, String outcome, String code) {
        Timer timer = registry.find(MicrometerListener.CALLS).tags("protocol", protocol, "operation", operation,
                "outcome", outcome, "code", code).timer();
        return timer == null ? 0 : timer.count();
    }

    static double counted(MeterRegistry registry, String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    /** One line per meter, sorted, for the test's output. */
    static String dump(MeterRegistry registry) {
        return registry.getMeters().stream()
                .sorted(Comparator.comparing((Meter m) -> m.getId().getName()).thenComparing(m -> m.getId().getTags().toString()))
                .map(m -> m.getId().getName() + m.getId().getTags().stream().map(t -> t.getKey() + "=" + t.getValue())
                        .collect(Collectors.joining(",", "{", "}")) + " " + value(m))
                .collect(Collectors.joining("\n"));
    }

    private static String value(Meter m) {
        if (m instanceof Timer) {
            return "count=" + ((Timer) m).count();
        }
        StringBuilder s = new StringBuilder();
        m.measure().forEach(x -> s.append(x.getStatistic().name().toLowerCase()).append('=').append(x.getValue()));
        return s.toString();
    }

    static <T> T value(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the stage did not complete normally", e);
        }
    }

    static Throwable failure(CompletionStage<?> stage) {
        try {
            stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the stage did not fail", e);
        }
        throw new AssertionError("the stage completed normally");
    }
}
