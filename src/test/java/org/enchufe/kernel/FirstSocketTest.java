package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.events.DecidedBy;
import org.enchufe.events.Event;
import org.enchufe.events.SocketEvent;
import org.enchufe.events.SocketState;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SyscallEvent;
import org.junit.jupiter.api.Test;

class FirstSocketTest {

    private final List<Event> events = new ArrayList<>();

    @Test
    void bindsARealSocketToAnEphemeralLoopbackPortAndClosesIt() {
        Sockaddr.Inet bound = new FirstSocket(events::add).run();

        assertThat(bound).isNotNull();
        assertThat(bound.host()).isEqualTo("127.0.0.1");
        assertThat(bound.port()).isBetween(1024, 65535);
    }

    @Test
    void reportsEachCallAsStraceWouldPrintIt() {
        new FirstSocket(events::add).run();

        assertThat(syscalls()).extracting(SyscallEvent::strace).containsExactly(
                "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3",
                "bind(3, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
                "close(3) = 0");
        assertThat(syscalls()).extracting(SyscallEvent::line).containsExactly(2, 3, 4);
        assertThat(syscalls()).allSatisfy(call -> {
            assertThat(call.errno()).isNull();
            assertThat(call.decidedBy()).isEqualTo(DecidedBy.OS);
        });
    }

    @Test
    void reportsTheSocketStatesWithTheAddressTheKernelChose() {
        Sockaddr.Inet bound = new FirstSocket(events::add).run();

        List<SocketEvent> states = events.stream()
                .filter(SocketEvent.class::isInstance).map(SocketEvent.class::cast).toList();
        assertThat(states).extracting(SocketEvent::state)
                .containsExactly(SocketState.CREATED, SocketState.BOUND, SocketState.CLOSED);
        assertThat(states.get(1).local()).isEqualTo(bound);
    }

    @Test
    void numbersEventsInOrderWithTimesThatNeverGoBack() {
        new FirstSocket(events::add).run();

        assertThat(events).extracting(Event::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(events).extracting(Event::t).isSorted();
    }

    private List<SyscallEvent> syscalls() {
        return events.stream().filter(SyscallEvent.class::isInstance).map(SyscallEvent.class::cast).toList();
    }
}
