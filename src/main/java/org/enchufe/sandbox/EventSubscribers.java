package org.enchufe.sandbox;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.enchufe.events.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a sandbox's events leave it: every subscriber (the page's outbox, a lesson's checker,
 * later the instructor's dashboard) sees every event, in order, on the sandbox's driving thread.
 * A subscriber must be quick and must not call back into the sandbox; one that throws is logged
 * and the others still see the event.
 */
public final class EventSubscribers implements Consumer<Event> {

    private static final Logger log = LoggerFactory.getLogger(EventSubscribers.class);

    /** A subscription; closing it stops the events (idempotent). */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final CopyOnWriteArrayList<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();

    EventSubscribers(Consumer<Event> first) {
        subscribers.add(first);
    }

    /** Adds {@code subscriber}: it sees every event from now on, until the subscription is closed. */
    public Subscription add(Consumer<Event> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public int size() {
        return subscribers.size();
    }

    @Override
    public void accept(Event event) {
        for (Consumer<Event> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                // One subscriber's bug must not take the events from the others, nor stop the sandbox.
                log.warn("an event subscriber failed on {}", event, e);
            }
        }
    }
}
