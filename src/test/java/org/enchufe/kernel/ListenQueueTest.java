package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.events.Event;
import org.enchufe.events.SocketEvent;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lesson 11: the listen queue fills with clients nobody accepts, and empties as accept() takes them. */
class ListenQueueTest {

    private final List<Event> events = new ArrayList<>();
    private final Sandbox sandbox = new Sandbox(new KernelDifferentialTest.RecordingConsole(), events::add, Limits.sandbox());

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
}
