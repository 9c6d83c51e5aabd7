package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.enchufe.events.Event;
import org.enchufe.events.SyscallEvent;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * selectors is Python over select: what the workbench and the trace show of a selectors server
 * are the epoll, poll or select calls beneath, as for a program that made them itself.
 */
class SelectorsTraceTest {

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Sandbox sandbox = new Sandbox(new KernelDifferentialTest.RecordingConsole(), events::add, Limits.sandbox());

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    private Process server;

    private SandboxSnapshot.ProcessView asleep(String selector) {
        server = sandbox.start("servidor.py", """
                import selectors, socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                sel = selectors.%s()
                sel.register(s, selectors.EVENT_READ)
                sel.select()
                """.formatted(selector), new String[0]);
        while (server.state() != ProcessState.BLOCKED) {
            sandbox.runOnce();
        }
        return sandbox.snapshot().processes().getFirst();
    }

    private List<String> strace() {
        return events.stream().filter(SyscallEvent.class::isInstance).map(e -> ((SyscallEvent) e).strace()).toList();
    }

    @Test
    void theDefaultSelectorSleepsInEpollWaitOnItsOwnEpollDescriptor() {
        SandboxSnapshot.ProcessView view = asleep("DefaultSelector");
        assertThat(view.waitingIn()).isEqualTo("epoll_wait");
        assertThat(view.waitingOn()).isEqualTo(4);
        assertThat(view.descriptors().get(4).local()).isEqualTo("epoll");
        assertThat(strace()).contains("epoll_create1(EPOLL_CLOEXEC) = 4",
                "epoll_ctl(4, EPOLL_CTL_ADD, 3, {events=EPOLLIN, data={u32=3, u64=3}}) = 0");
    }

    @Test
    void aClientWakesTheDefaultSelectorAndEpollWaitAsksForOneEventPerRegisteredDescriptor() {
        asleep("DefaultSelector");
        sandbox.runToCompletion(sandbox.start("cliente.py", "import socket\nsocket.create_connection(('127.0.0.1', 5000))\n",
                new String[0]));
        sandbox.runToCompletion(server);
        assertThat(strace()).contains("epoll_wait(4, [{events=EPOLLIN, data={u32=3, u64=3}}], 1, -1) = 1");
    }

    @Test
    void aPollSelectorSleepsInPoll() {
        assertThat(asleep("PollSelector").waitingIn()).isEqualTo("poll");
    }

    @Test
    void aSelectSelectorSleepsInSelect() {
        assertThat(asleep("SelectSelector").waitingIn()).isEqualTo("select");
    }
}
