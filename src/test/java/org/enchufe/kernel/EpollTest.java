package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.enchufe.events.Event;
import org.enchufe.events.SyscallEvent;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the workbench sees of an epoll server: where it sleeps, its descriptor, and its calls as events. */
class EpollTest {

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Sandbox sandbox = new Sandbox(new KernelDifferentialTest.RecordingConsole(), events::add, Limits.sandbox());

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    private Process asleep(String source) {
        Process server = sandbox.start("servidor.py", source, new String[0]);
        while (server.state() != ProcessState.BLOCKED) {
            sandbox.runOnce();
        }
        return server;
    }

    @Test
    void aServerAsleepInEpollWaitShowsItAndItsEpollDescriptor() {
        asleep("""
                import select, socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                ep = select.epoll()
                ep.register(s, select.EPOLLIN)
                ep.poll()
                """);
        SandboxSnapshot.ProcessView view = sandbox.snapshot().processes().getFirst();
        assertThat(view.waitingIn()).isEqualTo("epoll_wait");
        assertThat(view.waitingOn()).isEqualTo(4);
        assertThat(view.descriptors().get(4).local()).isEqualTo("epoll");
        assertThat(events).filteredOn(SyscallEvent.class::isInstance).map(e -> ((SyscallEvent) e).strace())
                .contains("epoll_create1(EPOLL_CLOEXEC) = 4",
                        "epoll_ctl(4, EPOLL_CTL_ADD, 3, {events=EPOLLIN, data={u32=3, u64=3}}) = 0");
    }

    @Test
    void aClientWakesTheServerAndTheWaitIsReportedAsStraceShowsIt() {
        Process server = asleep("""
                import select, socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                ep = select.epoll()
                ep.register(s, select.EPOLLIN)
                print(ep.poll())
                """);
        sandbox.runToCompletion(sandbox.start("cliente.py", "import socket\nsocket.create_connection(('127.0.0.1', 5000))\n",
                new String[0]));
        sandbox.runToCompletion(server);
        assertThat(events).filteredOn(SyscallEvent.class::isInstance).map(e -> ((SyscallEvent) e).strace())
                .contains("epoll_wait(4, [{events=EPOLLIN, data={u32=3, u64=3}}], 1023, -1) = 1");
    }
}
