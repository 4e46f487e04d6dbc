package io.capitalist4j.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a run really used. The heap is fullest just before a collection, so the peak is the largest
 * "used before GC" any collection reports (or the use now, if that is larger); the live set is the
 * largest "used after GC". Pool-by-pool peaks would overstate it: each pool peaks at another moment.
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong peakBefore = new AtomicLong();
    private final AtomicLong peakAfter = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final NotificationListener listener = (notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        peakBefore.accumulateAndGet(heapOnly(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        peakAfter.accumulateAndGet(heapOnly(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
        collections.incrementAndGet();
    };

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    /** Pools whose names mark them as heap pools (G1, Parallel, Serial, ZGC, Shenandoah). */
    private static long heapOnly(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            String name = pool.getKey();
            if (!name.contains("Metaspace") && !name.contains("Code") && !name.contains("Compressed Class")) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    long peakBytes() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        return Math.max(peakBefore.get(), memory.getHeapMemoryUsage().getUsed());
    }

    long liveBytes() {
        return peakAfter.get();
    }

    long collections() {
        return collections.get();
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // never added to this collector
            }
        }
    }
}
