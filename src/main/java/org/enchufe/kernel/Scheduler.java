package org.enchufe.kernel;

import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Suspension;

import java.util.ArrayList;

/**
 * Runs a sandbox's threads a slice at a time: the ready ones run, the blocked ones whose wait is
 * over (a timer on the kernel's clock, a channel ready, a line typed, a child ended) are
 * resumed; a thread that suspends in a call is blocked on it. A sandbox that drives itself (the
 * CLI, tests) waits here for its {@link Wakeups} when nothing can run; the pool waits for them in
 * its shared selector instead.
 */
final class Scheduler {

    /** Instructions a thread runs before the others get their turn. */
    private static final long SLICE = 20_000;

    private final Sandbox sandbox;
    private final ProcessTable processes;
    private final Hosts hosts;
    private final Sandbox.Console console;
    private final KernelClock clock;
    private final CpuThrottle throttle;
    private final SandboxMeter meter;
    private final StopRequests stops;
    private final Signals signals;
    private final Exits exits;
    private final OwnSelector ownSelector;

    Scheduler(Sandbox sandbox, ProcessTable processes, Hosts hosts, Sandbox.Console console, CpuThrottle throttle,
              SandboxMeter meter, StopRequests stops, Signals signals, Exits exits) {
        this.sandbox = sandbox;
        this.processes = processes;
        this.hosts = hosts;
        this.console = console;
        this.clock = sandbox.clock();
        this.throttle = throttle;
        this.meter = meter;
        this.stops = stops;
        this.signals = signals;
        this.exits = exits;
        this.ownSelector = new OwnSelector(clock);
    }

    /**
     * Runs every ready thread of every process for one slice and wakes the ones whose wait is
     * over. Returns false when nothing could run (all ended, or all waiting).
     */
    boolean runOnce() {
        boolean progressed = hosts.serve(clock.nanoTime());
        progressed |= signals.fireTimers(clock.nanoTime());
        for (Process p : new ArrayList<>(processes.all())) {
            for (Task t : new ArrayList<>(p.tasks())) {
                if (stops.stopping()) {
                    return progressed;
                }
                try {
                    if (t.state == Task.State.BLOCKED) {
                        progressed |= tryWake(t);
                    }
                    if (t.state == Task.State.READY && !p.ended() && !p.stopped && !throttle.throttled() && meter.mayRun(p)) {
                        run(t);
                        progressed = true;
                    } else if (t.state == Task.State.READY && p.stopped && p.stepInCall && t == p.main()) {
                        // The call a step slept in completed (input typed, a client came): the step
                        // goes on to the next line, as a debugger's "step over" does.
                        p.stepInCall = false;
                        step(p.pid());
                        progressed = true;
                    }
                } catch (Throwable e) {
                    fault(p, e);
                    progressed = true;
                }
            }
        }
        return progressed;
    }

    /**
     * A Java {@link Throwable} escaped process {@code p}'s thread (its slice, its wake-up, its
     * fork): the process ends with the fault's line on its console; the sandbox and the thread
     * running it go on.
     */
    private void fault(Process p, Throwable e) {
        signals.running(null);
        if (p.ended()) {
            return;
        }
        ProgramFault fault = ProgramFault.of(p.pid(), e);
        if (!fault.text().isEmpty()) {
            sandbox.write(p.pid(), "stderr", fault.text());
        }
        exits.end(p, fault.status());
    }

    /** Runs until every process has ended; for the CLI. Returns the first process's exit code. */
    int runToCompletion(Process first) {
        while (processes.anyAlive()) {
            if (runOnce()) {
                continue;
            }
            waitForSomething();
        }
        return Process.shellExitCode(first.status());
    }

    /** What can wake this sandbox now that none of its threads can run: for the CLI's wait and the pool's alike. */
    Wakeups wakeups() {
        return Wakeups.of(processes.blockedTasks(), hosts, Math.min(throttledUntil(), signals.nextTimer()));
    }

    // Nothing can run: wait for the earliest timer, a socket to become ready, or a console line.
    private void waitForSomething() {
        Wakeups wakeups = wakeups();
        if (wakeups.callsWait() || hosts.daemonsActive() && wakeups.timed()) {
            // A reader can only be served by polling the console between selects.
            ownSelector.await(wakeups);
            return;
        }
        if (wakeups.timed()) {
            ownSelector.awaitTime(wakeups.deadline());
            return;
        }
        if (wakeups.reader() != null) {
            deliverLine(wakeups.reader(), console.readLine(wakeups.reader().process.pid()));
            return;
        }
        // Everyone waits for something that cannot happen (e.g. wait() with no children left, a
        // lock nobody will release): a deadlock in the program, which Linux would leave hanging.
        // End them with an error.
        for (Task t : processes.blockedTasks()) {
            t.thread.resumeWithError(PyException.of(ExceptionTypes.RUNTIME_ERROR,
                    "every process of the sandbox is waiting: deadlock"));
            t.state = Task.State.READY;
        }
    }

    private boolean tryWake(Task t) {
        Suspension s = t.thread.suspension();
        if (s instanceof Suspension.Sleep && clock.nanoTime() >= t.wakeAt) {
            t.thread.resume(PyNone.NONE);
            t.state = Task.State.READY;
            return true;
        }
        if (s instanceof Suspension.ReadLine && console.hasLine(t.process.pid())) {
            deliverLine(t, console.readLine(t.process.pid()));
            return true;
        }
        if (s instanceof KernelCall.WaitChild wait) {
            return exits.reapFor(t, wait.pid());
        }
        if (s instanceof KernelCall.Pause pause && pause.handled) {
            // A handler ran while it slept: pause() returns.
            t.thread.resume(PyNone.NONE);
            t.state = Task.State.READY;
            return true;
        }
        if (s instanceof KernelCall.SigWait wait && wait.timeoutNanos() >= 0 && clock.nanoTime() - t.wakeAt >= 0) {
            // sigtimedwait()'s time is up with none of its signals pending.
            t.thread.resume(PyNone.NONE);
            t.state = Task.State.READY;
            return true;
        }
        if (s instanceof KernelCall.Io io) {
            if (retry(t, io)) {
                return true;
            }
            if (io.timeoutNanos() >= 0 && clock.nanoTime() - t.wakeAt >= 0) {
                if (io.onTimeout() == null) {
                    t.thread.resumeWithError(PyException.of(ExceptionTypes.TIMEOUT_ERROR, "timed out"));
                } else {
                    try {
                        t.thread.resume(t.process.interpreter().with(io.onTimeout()::tryNow));
                    } catch (PyRaise failed) {
                        // What the call does when its time is up may itself be an error (ETIMEDOUT, timed out).
                        t.thread.resumeWithError(failed.exception());
                    }
                }
                t.state = Task.State.READY;
                return true;
            }
        }
        return false;
    }

    private boolean retry(Task t, KernelCall.Io io) {
        PyObject result;
        Task previous = t.process.current;
        t.process.current = t;
        try {
            result = t.process.interpreter().with(io.attempt()::tryNow);
        } catch (PyRaise failed) {
            t.thread.resumeWithError(failed.exception());
            t.state = Task.State.READY;
            return true;
        } finally {
            t.process.current = previous;
        }
        if (result == null) {
            return false;
        }
        t.thread.resume(result);
        t.state = Task.State.READY;
        return true;
    }

    private void deliverLine(Task t, String line) {
        ((Suspension.ReadLine) t.thread.suspension()).deliver(t.thread, line);
        t.state = Task.State.READY;
    }

    // When a throttled sandbox may run again; Long.MAX_VALUE when it is not throttled or has nothing to run.
    private long throttledUntil() {
        long until = throttle.throttledUntil();
        return processes.anyReady() ? until : Long.MAX_VALUE;
    }

    private void run(Task t) {
        t.process.current = t;
        Interpreter.Outcome outcome;
        signals.running(t.process);
        long before = t.process.interpreter().instructions();
        long started = clock.nanoTime();
        long allocatedBefore = SandboxMeter.allocatedByThisThread();
        stops.enter(t.process);
        try {
            outcome = t.process.interpreter().run(t.thread, SLICE);
        } finally {
            stops.leave();
            signals.running(null);
            throttle.ran(t.process.interpreter().instructions() - before);
        }
        switch (outcome) {
            case YIELDED -> { }
            case FINISHED -> exits.finish(t);
            case BLOCKED -> block(t);
        }
        signals.ran(t.process, clock.nanoTime() - started);
        signals.deliverPending(t.process);
        if (meter.afterSlice(t, SandboxMeter.allocatedByThisThread() - allocatedBefore)) {
            // It kept what put the sandbox over its memory after its MemoryError: Linux's OOM killer ends it.
            sandbox.write(t.process.pid(), "stderr", "Killed: the sandbox's memory is full\n");
            exits.end(t.process, Signal.SIGKILL.waitStatus());
        }
    }

    private void block(Task t) {
        Suspension s = t.thread.suspension();
        t.state = Task.State.BLOCKED;
        switch (s) {
            case Suspension.Sleep sleep -> {
                // The same sleep again (a signal handler ran in the middle of it) keeps its end, as CPython's does.
                if (t.sleeping != sleep) {
                    t.wakeAt = clock.nanoTime() + sleep.nanos();
                    t.sleeping = sleep;
                }
            }
            case KernelCall.Fork fork -> sandbox.fork(t);
            case KernelCall.Exit exit -> exits.end(t.process, (exit.status() & 0xFF) << 8);
            case KernelCall.SelfSignal self -> {
                t.thread.resume(self.result());
                t.state = Task.State.READY;
                signals.deliver(t.process, self.signal());
            }
            case KernelCall.Killed killed -> exits.end(t.process, Signals.waitStatus(killed.signal()));
            case KernelCall.WaitChild wait -> exits.reapFor(t, wait.pid());
            case KernelCall.SigWait wait -> t.wakeAt = clock.nanoTime() + Math.max(0, wait.timeoutNanos());
            case KernelCall.Io io -> {
                t.wakeAt = clock.nanoTime() + Math.max(0, io.timeoutNanos());
                retry(t, io);
            }
            default -> { }
        }
    }

    /** One line of stopped process {@code pid}'s main thread (see {@link Sandbox#step}). */
    int step(int pid) {
        Process p = processes.get(pid);
        if (p == null || p.ended() || !p.stopped) {
            return -1;
        }
        Task main = p.main();
        if (main.state != Task.State.READY) {
            return -1;
        }
        p.current = main;
        Interpreter.Outcome outcome;
        signals.running(p);
        stops.enter(p);
        try {
            outcome = p.interpreter().stepLine(main.thread, SLICE);
        } catch (Throwable e) {
            fault(p, e);
            return 0;
        } finally {
            stops.leave();
            signals.running(null);
        }
        switch (outcome) {
            case YIELDED -> { }
            case FINISHED -> exits.finish(main);
            case BLOCKED -> block(main);
        }
        p.stepInCall = main.state == Task.State.BLOCKED;
        signals.deliverPending(p);
        return p.ended() || main.state == Task.State.DONE ? 0 : main.thread.line();
    }

    /**
     * For a driver whose sandbox's clock does not pass by itself: nothing can run; if no channel
     * is ready either, the clock moves to the earliest timer, as the CLI's wait does. Whether the
     * sandbox has something to do now.
     */
    boolean advanceClockIfIdle() {
        if (clock.passesOnItsOwn()) {
            return false;
        }
        Wakeups wakeups = wakeups();
        if (!wakeups.timed()) {
            return false;
        }
        if (!ownSelector.readyNow(wakeups)) {
            ownSelector.awaitTime(wakeups.deadline());
        }
        return true;
    }

    void close() {
        ownSelector.close();
    }
}
