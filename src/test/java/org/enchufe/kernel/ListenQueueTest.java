package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;

import org.enchufe.events.Event;
import org.enchufe.events.SocketEvent;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lesson 11: the listen queue fills with clients nobody accepts, and empties as accept() takes them. */
class ListenQueueTest {

    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    private final List<Event> events = new ArrayList<>();
    private final Sandbox sandbox = new Sandbox(console, events::add, Limits.sandbox());

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    @Test
    void theQueueLengthOfAListenerIsAnEvent() {
        Process p = sandbox.start("cola.py", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen(5)
                clientes = [socket.create_connection(('127.0.0.1', 5000)) for _ in range(3)]
                a, _ = s.accept()
                b, _ = s.accept()
                """, new String[0]);
        sandbox.runToCompletion(p);

        List<Integer> queue = events.stream().filter(SocketEvent.class::isInstance).map(SocketEvent.class::cast)
                .filter(e -> e.fd() == 3 && e.queued() != null).map(SocketEvent::queued).toList();
        assertThat(queue).containsExactly(0, 1, 2, 3, 2, 1);
    }

    /**
     * Linux queues backlog + 1 connections and drops the SYN of the next client, which waits; if it
     * gives up and closes, that attempt is over, and the listener never sees it — even when room
     * appears before Linux would have sent the SYN again (after 1 s). The sandbox is driven as the
     * pool drives it, from selectors of its own, one of which still holds the closed client's
     * channel: Java keeps such a channel's real socket, still connecting, until that selector
     * selects again.
     */
    @Test
    void aClientThatGaveUpWaitingForRoomInTheQueueIsNeverAccepted() throws IOException {
        Process p = sandbox.start("cola.py", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen(1)
                a = socket.create_connection(('127.0.0.1', 5000))
                b = socket.create_connection(('127.0.0.1', 5000))
                c = socket.socket()
                c.settimeout(0.2)
                try:
                    c.connect(('127.0.0.1', 5000))
                except TimeoutError:
                    print('c waited')
                c.close()
                x, _ = s.accept()
                y, _ = s.accept()
                s.settimeout(2.5)
                try:
                    z, addr = s.accept()
                    print('accepted', addr)
                except TimeoutError:
                    print('nobody else')
                """, new String[0]);
        try (Selector held = Selector.open(); Selector waiter = Selector.open()) {
            while (!p.ended()) {
                if (sandbox.runOnce()) {
                    continue;
                }
                sandbox.registerWaits(held, null);
                long deadline = sandbox.registerWaits(waiter, null);
                waiter.select(deadline == Long.MAX_VALUE ? 0 : Math.max(1, (deadline - sandbox.clock().nanoTime()) / 1_000_000));
                waiter.selectedKeys().clear();
            }
        }

        assertThat(console.stdout.toString()).isEqualTo("c waited\nnobody else\n");
    }
}
