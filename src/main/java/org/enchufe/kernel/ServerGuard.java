package org.enchufe.kernel;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The server-wide guard: whether the JVM's heap or its descriptor table is so full that new
 * runs, forks and sockets must be refused, so what is left stays for the programs already
 * running, Tomcat and the database. Each sandbox is bounded on its own; this bounds them together.
 *
 * <p>The heap is judged <em>after garbage collection</em> (each heap pool's collection usage): the
 * heap just before a collection is mostly garbage and says nothing. But a pool's figure is only
 * renewed by a collection of that pool — G1's old generation keeps the figure of its last mixed or
 * full collection, which may have run at a moment of pressure long past — so the heap is judged by
 * the lower of that figure and what the pools hold now: what is live cannot exceed either. Descriptors are the open count
 * against the process's limit ({@code ulimit -n}). Both are read at most every 200 ms.
 */
public final class ServerGuard {

    /** What the server is short of. */
    public enum Resource { HEAP, DESCRIPTORS }

    /** A refusal: what is short, and how full it is (0–1). */
    public record Refusal(Resource resource, double used) {
    }

    /** Refusing a new run: the server is short of {@code refusal}'s resource. */
    public static final class Refused extends RuntimeException {
        private final transient Refusal refusal;

        public Refused(Refusal refusal) {
            super("the server is short of " + refusal.resource().name().toLowerCase(java.util.Locale.ROOT)
                    + String.format(java.util.Locale.ROOT, " (%.0f%% used)", refusal.used() * 100));
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** A guard that never refuses: the CLI, where the machine's own limits are the real ones. */
    public static final ServerGuard NONE = new ServerGuard(() -> 0, () -> 0, 1, 1);

    private final DoubleSupplier heapUsed;
    private final DoubleSupplier descriptorsUsed;
    private final double heapHighWater;
    private final double descriptorsHighWater;
    private volatile long readAt = Long.MIN_VALUE;
    private volatile double heap;
    private volatile double descriptors;

    /**
     * @param heapUsed            the fraction of the heap in use after the last collection
     * @param descriptorsUsed     the fraction of the process's descriptor limit in use
     * @param heapHighWater       above it, refuse (0.85: leave 15 % for what already runs)
     * @param descriptorsHighWater above it, refuse (0.8: leave a fifth for Tomcat and the database)
     */
    public ServerGuard(DoubleSupplier heapUsed, DoubleSupplier descriptorsUsed, double heapHighWater,
                       double descriptorsHighWater) {
        this.heapUsed = heapUsed;
        this.descriptorsUsed = descriptorsUsed;
        this.heapHighWater = heapHighWater;
        this.descriptorsHighWater = descriptorsHighWater;
    }

    /** This JVM's heap after collection and its open descriptors, against the given high-water marks. */
    public static ServerGuard ofJvm(double heapHighWater, double descriptorsHighWater) {
        return new ServerGuard(ServerGuard::heapAfterCollection, ServerGuard::openDescriptors, heapHighWater,
                descriptorsHighWater);
    }

    /** The first resource the server is short of, if any. */
    public Optional<Refusal> refusal() {
        return refusal(Resource.HEAP).or(() -> refusal(Resource.DESCRIPTORS));
    }

    /** Whether the server is short of {@code resource}. */
    public Optional<Refusal> refusal(Resource resource) {
        read();
        double used = resource == Resource.HEAP ? heap : descriptors;
        double mark = resource == Resource.HEAP ? heapHighWater : descriptorsHighWater;
        return used > mark ? Optional.of(new Refusal(resource, used)) : Optional.empty();
    }

    private void read() {
        long now = System.nanoTime();
        if (readAt != Long.MIN_VALUE && now - readAt < 200_000_000L) {
            return;
        }
        heap = heapUsed.getAsDouble();
        descriptors = descriptorsUsed.getAsDouble();
        readAt = now;
    }

    /**
     * What the heap holds live at most, as a fraction of its maximum: the lower of what the heap
     * pools held after their last collections and what they hold now.
     */
    static double heapAfterCollection() {
        long max = Runtime.getRuntime().maxMemory();
        long afterCollection = 0;
        long now = 0;
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        for (MemoryPoolMXBean pool : pools) {
            if (pool.getType() == MemoryType.HEAP) {
                MemoryUsage after = pool.getCollectionUsage();
                afterCollection += after == null ? 0 : after.getUsed();
                now += pool.getUsage().getUsed();
            }
        }
        return max <= 0 || max == Long.MAX_VALUE ? 0 : (double) liveAtMost(afterCollection, now) / max;
    }

    /** What is live at most, from a pool figure that may be stale and the pools' current usage. */
    static long liveAtMost(long afterLastCollection, long usedNow) {
        return Math.min(afterLastCollection, usedNow);
    }

    /** Open descriptors as a fraction of the process's limit; 0 where the JVM cannot tell. */
    static double openDescriptors() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long max = unix.getMaxFileDescriptorCount();
            return max <= 0 ? 0 : (double) unix.getOpenFileDescriptorCount() / max;
        }
        return 0;
    }
}
