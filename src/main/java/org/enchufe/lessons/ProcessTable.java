package org.enchufe.lessons;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.enchufe.events.ProcessEvent;

/**
 * The checker's view of a sandbox's processes, built from the event stream alone: which lesson
 * file each pid runs, on which host, whether it is a forked child or one of the lesson's probes.
 * Entries go when their process is reaped or exits, so the table is as big as the live processes.
 */
final class ProcessTable {

    /** One process: its program (the lesson file name), host, and how it came to be. */
    record Entry(int pid, String program, String host, boolean forked, boolean probe) {
    }

    private final Map<Integer, Entry> entries = new HashMap<>();
    private final Function<String, String> hostOfProgram;
    private final java.util.function.Predicate<String> isProbe;

    ProcessTable(Function<String, String> hostOfProgram, java.util.function.Predicate<String> isProbe) {
        this.hostOfProgram = hostOfProgram;
        this.isProbe = isProbe;
    }

    void accept(ProcessEvent e) {
        switch (e.change()) {
            case CREATED -> entries.put(e.pid(), new Entry(e.pid(), e.program(), hostOfProgram.apply(e.program()), false,
                    isProbe.test(e.program())));
            case FORKED -> {
                Entry parent = entries.get(e.ppid());
                String program = parent != null ? parent.program() : e.program();
                entries.put(e.pid(), new Entry(e.pid(), program, parent != null ? parent.host() : hostOfProgram.apply(program), true,
                        parent != null ? parent.probe() : isProbe.test(program)));
            }
            case EXITED, REAPED -> { }
        }
    }

    /** Forgets a process whose events are all seen (its EXITED has been handled by everyone). */
    void forget(int pid) {
        entries.remove(pid);
    }

    Entry get(int pid) {
        return entries.get(pid);
    }

    int size() {
        return entries.size();
    }
}
