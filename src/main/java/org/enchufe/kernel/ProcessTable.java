package org.enchufe.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A sandbox's processes by pid, in the order they were made, and the next pid to give. */
final class ProcessTable {

    private static final int FIRST_PID = 1000;

    private final Map<Integer, Process> processes = new LinkedHashMap<>();
    private int nextPid = FIRST_PID;

    int nextPid() {
        return nextPid++;
    }

    void add(Process p) {
        processes.put(p.pid(), p);
    }

    /** The process with {@code pid}, ended or not; null when there is none. */
    Process get(int pid) {
        return processes.get(pid);
    }

    /** The process with {@code pid} if it has not ended; null otherwise. */
    Process live(int pid) {
        Process p = processes.get(pid);
        return p == null || p.ended() ? null : p;
    }

    Collection<Process> all() {
        return processes.values();
    }

    Map<Integer, Process> view() {
        return Collections.unmodifiableMap(processes);
    }

    /** Those alive or waiting to be reaped. */
    long notExited() {
        return processes.values().stream().filter(p -> p.state() != ProcessState.EXITED).count();
    }

    /** Threads alive in every process that has not ended. */
    int threadsAlive() {
        int alive = 0;
        for (Process p : processes.values()) {
            if (!p.ended()) {
                for (Task t : p.tasks()) {
                    alive += t.state != Task.State.DONE ? 1 : 0;
                }
            }
        }
        return alive;
    }

    /** Forgets the oldest ended processes beyond the newest {@code keep}, telling {@code forgotten} of each. */
    void forgetEnded(int keep, Consumer<Process> forgotten) {
        List<Integer> ended = processes.values().stream().filter(p -> p.state() == ProcessState.EXITED).map(Process::pid)
                .toList();
        for (int i = 0; i < ended.size() - keep; i++) {
            forgotten.accept(processes.remove(ended.get(i)));
        }
    }

    List<Task> blockedTasks() {
        List<Task> blocked = new ArrayList<>();
        for (Process p : processes.values()) {
            for (Task t : p.tasks()) {
                if (t.state == Task.State.BLOCKED) {
                    blocked.add(t);
                }
            }
        }
        return blocked;
    }

    boolean anyReady() {
        return processes.values().stream().anyMatch(p -> p.state() == ProcessState.READY);
    }

    boolean anyAlive() {
        return processes.values().stream().anyMatch(p -> !p.ended());
    }

    boolean allEnded() {
        return processes.values().stream().allMatch(Process::ended);
    }
}
