package org.enchufe.kernel;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.vm.Suspension;

/**
 * What can wake a sandbox none of whose threads can run now, computed in one place for the
 * CLI's own wait and the pool's shared selector alike.
 *
 * @param deadline        the earliest timer on the kernel's clock (a sleep, a timeout, a held-back
 *                        datagram, the CPU cap's next second, an interval timer's SIGALRM); Long.MAX_VALUE when none
 * @param channels        what the blocked calls and the hosts' built-in services wait on
 * @param callsWait       whether some blocked call waits on a channel or the console (a call with
 *                        nothing to wait for — a lock, a join — is looked at again only when
 *                        another thread has run)
 * @param reader          the first thread waiting in input() or readline(), or null
 * @param consoleWaiter   whether a select() or poll() waits on the console among its channels
 */
record Wakeups(long deadline, List<KernelCall.Wait> channels, boolean callsWait, Task reader, boolean consoleWaiter) {

    /** How often a thread waiting for the console while others wait on channels looks at it. */
    static final long CONSOLE_POLL_NANOS = 10_000_000L;

    /**
     * From the sandbox's blocked threads, its hosts' services and held-back datagrams, and
     * {@code timers}: the CPU cap's end and the processes' interval timers.
     */
    static Wakeups of(List<Task> blocked, Hosts hosts, long timers) {
        long deadline = Math.min(hosts.nextDue(), timers);
        List<KernelCall.Wait> channels = new ArrayList<>(hosts.waits());
        boolean callsWait = false;
        boolean consoleWaiter = false;
        Task reader = null;
        for (Task t : blocked) {
            switch (t.thread.suspension()) {
                case Suspension.Sleep sleep -> deadline = Math.min(deadline, t.wakeAt);
                case KernelCall.Io call -> {
                    callsWait |= !call.waits().isEmpty();
                    consoleWaiter |= call.console();
                    if (call.timeoutNanos() >= 0) {
                        deadline = Math.min(deadline, t.wakeAt);
                    }
                    channels.addAll(call.waits());
                }
                case Suspension.ReadLine read -> reader = reader == null ? t : reader;
                case KernelCall.SigWait wait when wait.timeoutNanos() >= 0 -> deadline = Math.min(deadline, t.wakeAt);
                case null, default -> { }
            }
        }
        return new Wakeups(deadline, channels, callsWait, reader, consoleWaiter);
    }

    /** Adds every channel's operations to its interest in {@code selector}, attaching {@code attachment}. */
    void register(Selector selector, Object attachment) throws IOException {
        KernelCall.Wait.registerAll(selector, channels, attachment);
    }

    /**
     * On a selector of the caller's own: forgets what it was told to wait for before, and waits
     * only for what these wakeups name now.
     */
    void registerAlone(Selector selector) throws IOException {
        for (java.nio.channels.SelectionKey key : selector.keys()) {
            if (key.isValid()) {
                key.interestOps(0);
            }
        }
        register(selector, null);
    }

    /** Whether a timer will end the wait, whatever else happens. */
    boolean timed() {
        return deadline != Long.MAX_VALUE;
    }

    /** Real nanoseconds a wait on the channels may last before the console is looked at again; Long.MAX_VALUE: no need. */
    long consolePoll() {
        return reader != null || consoleWaiter ? CONSOLE_POLL_NANOS : Long.MAX_VALUE;
    }
}
