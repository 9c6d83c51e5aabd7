package org.enchufe.workbench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.Event;
import org.enchufe.events.SyscallEvent;
import org.enchufe.workbench.WorkbenchMessage.ConsoleText;
import org.enchufe.workbench.WorkbenchMessage.Totals;

/**
 * What a page that (re)connects is given of a sandbox's past, all bounded: the latest
 * {@link #RECENT_EVENTS} events, each process's console (the last {@link #CONSOLE_CHARS_KEPT}
 * characters of the last {@link #CONSOLES_KEPT} processes), and each process's exact totals
 * (calls, errors, bytes sent and received). The {@link EventOutbox} writes it as events pass;
 * anyone may read it (a lesson page, the instructor's dashboard), from any thread.
 */
public final class Transcript {

    static final int RECENT_EVENTS = 500;
    static final int CONSOLE_CHARS_KEPT = 32 * 1024;
    static final int CONSOLES_KEPT = 32;

    private final Deque<Event> recent = new ArrayDeque<>();
    private final Map<Integer, Deque<ConsoleText>> consoles = new LinkedHashMap<>();
    private final Map<Integer, Integer> consoleSizes = new HashMap<>();
    private final Map<Integer, long[]> totals = new LinkedHashMap<>();
    private long lastSeq;

    /** The sequence number of the last event seen. */
    public synchronized long lastSeq() {
        return lastSeq;
    }

    /** The latest events, oldest first. */
    public synchronized List<Event> recent() {
        return List.copyOf(recent);
    }

    /** The consoles kept, process by process, each as its runs of one stream. */
    public synchronized List<ConsoleText> consoles() {
        List<ConsoleText> texts = new ArrayList<>();
        consoles.values().forEach(texts::addAll);
        return texts;
    }

    /** Each process's totals, by pid. */
    public synchronized Map<Integer, Totals> totals() {
        Map<Integer, Totals> sums = new LinkedHashMap<>();
        totals.forEach((pid, t) -> sums.put(pid, new Totals(t[0], t[1], t[2], t[3])));
        return sums;
    }

    synchronized void seen(long seq) {
        lastSeq = seq;
    }

    synchronized void keepConsole(ConsoleEvent c) {
        Deque<ConsoleText> texts = consoles.get(c.pid());
        if (texts == null) {
            if (consoles.size() >= CONSOLES_KEPT) {
                Integer oldest = consoles.keySet().iterator().next();
                consoles.remove(oldest);
                consoleSizes.remove(oldest);
            }
            texts = new ArrayDeque<>();
            consoles.put(c.pid(), texts);
        }
        String text = c.text().length() > CONSOLE_CHARS_KEPT ? c.text().substring(c.text().length() - CONSOLE_CHARS_KEPT) : c.text();
        ConsoleText last = texts.peekLast();
        if (last != null && last.stream().equals(c.stream())) {
            texts.pollLast();
            texts.add(new ConsoleText(c.pid(), c.stream(), last.text() + text));
        } else {
            texts.add(new ConsoleText(c.pid(), c.stream(), text));
        }
        int size = consoleSizes.merge(c.pid(), text.length(), Integer::sum);
        // Drop from the front until the console fits again.
        while (size > CONSOLE_CHARS_KEPT) {
            ConsoleText first = texts.pollFirst();
            int excess = size - CONSOLE_CHARS_KEPT;
            if (first.text().length() > excess) {
                texts.addFirst(new ConsoleText(first.pid(), first.stream(), first.text().substring(excess)));
                size -= excess;
            } else {
                size -= first.text().length();
            }
        }
        consoleSizes.put(c.pid(), size);
    }

    synchronized void remember(Event event) {
        if (recent.size() == RECENT_EVENTS) {
            recent.pollFirst();
        }
        recent.add(event);
    }

    synchronized void count(SyscallEvent s) {
        long[] t = totals.computeIfAbsent(s.pid(), p -> new long[4]);
        t[0]++;
        if (s.errno() != null) {
            t[1]++;
        }
        long moved = EventOutbox.bytesMoved(s);
        if (EventOutbox.isSend(s.name())) {
            t[2] += moved;
        } else {
            t[3] += moved;
        }
    }

}
