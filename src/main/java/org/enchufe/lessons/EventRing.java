package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.events.Event;

/**
 * The last {@code capacity} events, oldest first: what a {@code python} goal is given. However
 * many events a program makes, the ring holds at most its capacity.
 */
final class EventRing {

    private final Event[] slots;
    private long written;

    EventRing(int capacity) {
        slots = new Event[capacity];
    }

    void add(Event e) {
        slots[(int) (written++ % slots.length)] = e;
    }

    int size() {
        return (int) Math.min(written, slots.length);
    }

    /** How many events fell out of the ring. */
    long dropped() {
        return Math.max(0, written - slots.length);
    }

    List<Event> events() {
        List<Event> out = new ArrayList<>(size());
        long first = written - size();
        for (long i = first; i < written; i++) {
            out.add(slots[(int) (i % slots.length)]);
        }
        return out;
    }
}
