package org.enchufe.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A process's three interval timers (setitimer(2)): ITIMER_REAL counts the kernel's clock and
 * sends SIGALRM ({@code alarm()} is this timer in whole seconds); ITIMER_VIRTUAL and ITIMER_PROF
 * count the time the process's threads spend in the interpreter — the CPU time the sandbox can
 * measure, its slices on the kernel's clock, with no system time apart — and send SIGVTALRM and
 * SIGPROF. Each expires once, or every {@code interval} when that is not zero. fork() gives the
 * child none, as Linux does.
 */
public final class IntervalTimers {

    public static final int REAL = 0;
    public static final int VIRTUAL = 1;
    public static final int PROF = 2;

    /** One timer's setting: {@code value} left (0: disarmed) and the interval it starts again with, in nanoseconds. */
    public record Setting(long value, long interval) {
        static final Setting OFF = new Setting(0, 0);
    }

    /** ITIMER_REAL's end on the kernel's clock; 0 when disarmed. */
    private long realDeadline;
    private boolean realArmed;
    private long realInterval;
    /** What is left of the CPU-time timers, in nanoseconds of the process's slices; 0 when disarmed. */
    private final long[] cpuLeft = new long[3];
    private final long[] cpuInterval = new long[3];

    /** The setting of timer {@code which} now. */
    public Setting get(int which, long now) {
        if (which == REAL) {
            return realArmed ? new Setting(Math.max(1, realDeadline - now), realInterval) : Setting.OFF;
        }
        return new Setting(cpuLeft[which], cpuInterval[which]);
    }

    /** Sets timer {@code which} (value 0 disarms it) and returns what it was. */
    public Setting set(int which, long value, long interval, long now) {
        Setting previous = get(which, now);
        if (which == REAL) {
            realArmed = value > 0;
            realDeadline = now + value;
            realInterval = realArmed ? interval : 0;
        } else {
            cpuLeft[which] = value;
            cpuInterval[which] = value > 0 ? interval : 0;
        }
        return previous;
    }

    /** When ITIMER_REAL expires on the kernel's clock; Long.MAX_VALUE when it is disarmed. */
    long realDeadline() {
        return realArmed ? realDeadline : Long.MAX_VALUE;
    }

    /** Whether ITIMER_REAL has expired by {@code now}; if so it starts again with its interval, or stops. */
    boolean realExpired(long now) {
        if (!realArmed || realDeadline - now > 0) {
            return false;
        }
        if (realInterval > 0) {
            // One SIGALRM however many intervals went by: a standard signal does not queue.
            realDeadline += realInterval;
            if (realDeadline - now <= 0) {
                realDeadline = now + realInterval;
            }
        } else {
            realArmed = false;
        }
        return true;
    }

    /** The process ran {@code nanos} in the interpreter: the signals of the CPU-time timers that expired. */
    List<Signal> ran(long nanos) {
        List<Signal> expired = new ArrayList<>(0);
        for (int which = VIRTUAL; which <= PROF; which++) {
            if (cpuLeft[which] <= 0) {
                continue;
            }
            cpuLeft[which] -= nanos;
            if (cpuLeft[which] <= 0) {
                cpuLeft[which] = cpuInterval[which];
                expired.add(which == VIRTUAL ? Signal.SIGVTALRM : Signal.SIGPROF);
            }
        }
        return expired;
    }
}
