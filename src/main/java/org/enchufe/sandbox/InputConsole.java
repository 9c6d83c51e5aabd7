package org.enchufe.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.enchufe.kernel.Sandbox;

/**
 * The console of a sandbox driven from a browser: output leaves as console events (the sandbox
 * emits them), input arrives line by line per process and waits here until the process reads it.
 * Never blocks: the pool only asks for a line when one is there.
 */
final class InputConsole implements Sandbox.Console {

    private final Map<Integer, Deque<String>> lines = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> closed = new ConcurrentHashMap<>();

    /** Lines typed and not read yet, per process: more waiting than this and the oldest are dropped, as a full tty buffer would. */
    static final int MAX_PENDING_LINES = 1000;

    /** A line typed for {@code pid} (a newline is added when missing). */
    void type(int pid, String line) {
        Deque<String> queue = lines.computeIfAbsent(pid, p -> new ArrayDeque<>());
        queue.add(line.endsWith("\n") ? line : line + "\n");
        while (queue.size() > MAX_PENDING_LINES) {
            queue.poll();
        }
    }

    /** Ctrl-D: after the lines already typed, the process reads end of input. */
    void endOfInput(int pid) {
        closed.put(pid, true);
    }

    @Override
    public void write(int pid, String stream, String text) {
        // Output reaches the browser as the console events the sandbox emits.
    }

    @Override
    public String readLine(int pid) {
        Deque<String> queue = lines.get(pid);
        String line = queue == null ? null : queue.poll();
        return line;
    }

    @Override
    public boolean hasLine(int pid) {
        Deque<String> queue = lines.get(pid);
        return queue != null && !queue.isEmpty() || closed.getOrDefault(pid, false);
    }
}
