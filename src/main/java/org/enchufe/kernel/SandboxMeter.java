package org.enchufe.kernel;

import java.lang.management.ManagementFactory;
import java.util.IdentityHashMap;
import java.util.Map;

import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyException;

/**
 * The sandbox's memory, summed over its processes: what each interpreter holds as it accounts it
 * ({@link org.enchufe.lang.vm.Interpreter#liveBytes()}), against {@link KernelLimits#maxMemory()}.
 * Each interpreter still stops its own process at its own limit; this stops a program that forks
 * from multiplying that limit by the number of processes it may have.
 *
 * <p>Measuring walks a process's objects, so it is done only when worth it: the JVM's own count of
 * bytes the worker allocated while the process ran (a cheap thread counter) says how much the
 * process may have grown since it was last measured, and it is measured again once that passes
 * the sandbox's headroom, or half of what it held — so measuring costs a constant share of the
 * allocating, as a garbage collector's heuristics do. Processes that ended still count until they
 * are forgotten: their objects are still on the heap.
 *
 * <p>Past the limit, the process that grew gets MemoryError at its next instruction (at most a
 * slice after the allocation that crossed it), and a fork() whose copy would not fit is ENOMEM.
 * A fork's child counts at its parent's size from the start ({@link #forked}), so forking children
 * that only sleep cannot multiply the sandbox's memory unseen.
 */
final class SandboxMeter {

    private static final long FLOOR = 8L << 20;
    private static final com.sun.management.ThreadMXBean THREADS =
            ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported() ? t : null;

    private final long max;
    private final Map<Process, Long> measured = new IdentityHashMap<>();
    private final Map<Process, Long> allocatedSince = new IdentityHashMap<>();

    SandboxMeter(long max) {
        this.max = max;
    }

    /** The JVM's count of bytes this thread has allocated; where unsupported, a count that never triggers a measurement. */
    static long allocatedByThisThread() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    /**
     * After a slice of {@code t}, during which the worker allocated {@code allocated} bytes: measures
     * the process if it may have grown enough to matter. When the sandbox holds more than it may,
     * the thread gets MemoryError and its process becomes the <em>offender</em>: until the sandbox
     * is back under its limit only the offender runs (so no other process grows meanwhile), and if
     * its next slice leaves the sandbox still over, it must die as Linux's OOM killer would kill it
     * — this returns true then.
     */
    boolean afterSlice(Task t, long allocated) {
        if (max <= 0) {
            return false;
        }
        Process p = t.process;
        long since = allocatedSince.merge(p, allocated, Long::sum);
        unmeasured += allocated;
        long held = measured.getOrDefault(p, 0L);
        long room = Math.max(FLOOR, max - total());
        if (p != offender && since < Math.max(room, held / 2) && unmeasured < room) {
            return false;
        }
        if (unmeasured >= room) {
            // The sandbox as a whole may have filled its room, each process a little (31 children
            // each allocating a 31st of it): measure every process that allocated since.
            for (Process other : java.util.List.copyOf(allocatedSince.keySet())) {
                if (other != p && allocatedSince.getOrDefault(other, 0L) > 0 && !other.ended()) {
                    measure(other);
                }
            }
        }
        measure(p);
        if (total() <= max) {
            if (p == offender) {
                offender = null;
            }
            return false;
        }
        if (p == offender || p.ended()) {
            offender = null;
            return !p.ended();
        }
        offender = p;
        t.thread.interrupt(PyException.of(ExceptionTypes.MEMORY_ERROR, ""));
        if (t.state == Task.State.BLOCKED) {
            t.state = Task.State.READY;
        }
        return false;
    }

    /** Whether {@code p} may run now: anyone, unless a process put the sandbox over its memory and has not answered yet. */
    boolean mayRun(Process p) {
        if (offender != null && offender.ended()) {
            offender = null;
        }
        return offender == null || offender == p;
    }

    /** A process ended and dropped its heap: measured again (what its threads still hold, if anything). */
    void ended(Process p) {
        if (max > 0) {
            measure(p);
        }
    }

    private Process offender;

    /** Whether a copy of {@code parent} fits in the sandbox (fork() → ENOMEM when it does not). */
    boolean admitsFork(Process parent) {
        if (max <= 0) {
            return true;
        }
        measure(parent);
        long child = measured.get(parent);
        if (total() + child <= max) {
            return true;
        }
        // What was measured may since have become garbage: measure everyone before refusing.
        for (Process p : parent.sandbox().processes().values()) {
            measure(p);
        }
        return total() + child <= max;
    }

    /**
     * A fork's child holds a copy of everything its parent holds, from its first instruction: it
     * counts at the parent's size at once, not only once it allocates (a child that only sleeps
     * would otherwise count as nothing, and forks would multiply the sandbox's memory unseen).
     */
    void forked(Process parent, Process child) {
        if (max > 0) {
            measured.put(child, measured.getOrDefault(parent, 0L));
            allocatedSince.put(child, 0L);
        }
    }

    /** A process the sandbox forgot: its objects are garbage now. */
    void forget(Process p) {
        measured.remove(p);
        Long was = allocatedSince.remove(p);
        unmeasured = Math.max(0, unmeasured - (was == null ? 0 : was));
    }

    /** The bytes the sandbox's processes held when last measured. */
    long total() {
        long sum = 0;
        for (long bytes : measured.values()) {
            sum += bytes;
        }
        return sum;
    }

    private void measure(Process p) {
        measured.put(p, p.interpreter().liveBytes());
        Long was = allocatedSince.put(p, 0L);
        unmeasured = Math.max(0, unmeasured - (was == null ? 0 : was));
    }

    /** Bytes the sandbox's processes allocated since each was last measured, summed. */
    private long unmeasured;
}
