package org.enchufe.kernel;

import java.util.Optional;

/**
 * Linux's standard signals on x86-64 and arm64, named as CPython's {@code signal.Signals} names
 * them there ({@code <Signals.SIGINT: 2>}). The kernel names a signal it treats specially with a
 * member, never with its number. A signal a program sends with {@code os.kill} still travels as
 * its number: any of 1–64 is valid, and the real-time ones between SIGRTMIN and SIGRTMAX (and
 * glibc's reserved 32 and 33) have no member. The Python-facing {@code signal} module shows ints.
 */
public enum Signal {
    SIGHUP(1), SIGINT(2), SIGQUIT(3), SIGILL(4), SIGTRAP(5), SIGABRT(6), SIGBUS(7), SIGFPE(8),
    SIGKILL(9), SIGUSR1(10), SIGSEGV(11), SIGUSR2(12), SIGPIPE(13), SIGALRM(14), SIGTERM(15),
    SIGSTKFLT(16), SIGCHLD(17), SIGCONT(18), SIGSTOP(19), SIGTSTP(20), SIGTTIN(21), SIGTTOU(22),
    SIGURG(23), SIGXCPU(24), SIGXFSZ(25), SIGVTALRM(26), SIGPROF(27), SIGWINCH(28), SIGIO(29),
    SIGPWR(30), SIGSYS(31), SIGRTMIN(34), SIGRTMAX(64);

    private final int number;

    Signal(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** Whether {@code signal}, a number as os.kill or signal.signal pass it, is this one. */
    public boolean is(int signal) {
        return number == signal;
    }

    /** The wait status of a process this signal ended (WTERMSIG's low seven bits, no core dump). */
    public int waitStatus() {
        return number & 0x7F;
    }

    /** The member for {@code number}, if Linux names it. */
    public static Optional<Signal> of(int number) {
        for (Signal s : values()) {
            if (s.number == number) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** As CPython's {@code repr(signal.Signals(n))} shows it. */
    public String repr() {
        return "<Signals." + name() + ": " + number + ">";
    }
}
