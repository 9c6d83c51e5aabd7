package org.enchufe.lang.vm;

import java.lang.management.ManagementFactory;

/**
 * The JVM's count of bytes the calling thread has allocated, a counter HotSpot keeps per thread
 * (cheap to read: once at each end of a slice). Where unsupported it reads 0, and the memory limit
 * sees only what builtins charge.
 */
final class Allocations {

    private static final com.sun.management.ThreadMXBean THREADS =
            ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled() ? t : null;

    private Allocations() {
    }

    static long ofThisThread() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }
}
