package org.enchufe.kernel;

/**
 * Who sent a signal, as {@code siginfo_t} tells it to {@code sigwaitinfo}: the sender's pid and
 * uid and the {@code si_code} saying how — {@link #USER} for kill() (and raise(), as CPython's
 * sigwaitinfo shows it), {@link #KERNEL} for what the kernel itself sends (an alarm, Ctrl-C).
 */
public record SignalOrigin(int signal, int code, int pid, int uid) {

    /** {@code SI_USER}: kill(). */
    public static final int USER = 0;
    /** {@code SI_KERNEL}: the kernel (timers, the terminal). */
    public static final int KERNEL = 0x80;

    /** What the kernel sends on its own (an expired timer, Ctrl-C): no sender. */
    static SignalOrigin kernel(int signal) {
        return new SignalOrigin(signal, KERNEL, 0, 0);
    }

    /** What process {@code sender} sends, with si_code {@code code}. */
    static SignalOrigin from(Process sender, int signal, int code) {
        return new SignalOrigin(signal, code, sender.pid(), Process.UID);
    }
}
