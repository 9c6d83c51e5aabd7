package org.enchufe.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.DecidedBy;
import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.SocketEvent;
import org.enchufe.events.SocketState;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.SandboxSnapshot;
import org.junit.jupiter.api.Test;

class EventOutboxTest {

    private final List<WorkbenchMessage> sent = new ArrayList<>();
    private final EventOutbox outbox = new EventOutbox(sent::add);
    private long seq;

    private SyscallEvent send(int pid, int bytes) {
        return new SyscallEvent(++seq, seq, pid, "sendto", Map.of("fd", 3), bytes, null, "sendto(3, \"x\", 1, 0, NULL, 0) = 1",
                4, DecidedBy.OS);
    }

    private List<WorkbenchMessage.Events> batches() {
        return sent.stream().filter(WorkbenchMessage.Events.class::isInstance).map(WorkbenchMessage.Events.class::cast).toList();
    }

    @Test
    void aBurstOf100000CallsLeavesAsBoundedWindowsWithExactTotals() {
        outbox.accept(new ProcessEvent(++seq, seq, 1000, 0, ProcessEvent.Change.CREATED, 0, "rafaga.py"));
        for (int i = 0; i < 100_000; i++) {
            outbox.accept(send(1000, 1));
            if (i % 20_000 == 19_999) {
                outbox.flush();  // The flusher runs every 40 ms; a tight loop makes ~20 000 calls between two runs.
            }
        }
        outbox.flush();

        long detailed = 0;
        long folded = 0;
        long bytes = 0;
        for (WorkbenchMessage.Events batch : batches()) {
            assertThat(batch.events().size()).isLessThanOrEqualTo(EventOutbox.DETAILED_PER_WINDOW + 1);
            detailed += batch.events().stream().filter(SyscallEvent.class::isInstance).count();
            bytes += batch.events().stream().filter(SyscallEvent.class::isInstance).mapToLong(e -> ((SyscallEvent) e).result()).sum();
            for (WorkbenchMessage.Coalesced c : batch.coalesced()) {
                assertThat(c).extracting(WorkbenchMessage.Coalesced::pid, WorkbenchMessage.Coalesced::name).containsExactly(1000, "sendto");
                folded += c.count();
                bytes += c.bytes();
            }
        }
        assertThat(detailed + folded).isEqualTo(100_000);
        assertThat(bytes).isEqualTo(100_000);
        assertThat(batches()).hasSize(5);

        outbox.sendState(new SandboxSnapshot(List.of(), List.of()));
        WorkbenchMessage.State state = (WorkbenchMessage.State) sent.getLast();
        assertThat(state.totals().get(1000)).isEqualTo(new WorkbenchMessage.Totals(100_000, 0, 100_000, 0));
        assertThat(state.recent()).hasSize(EventOutbox.RECENT_EVENTS);
        assertThat(state.seq()).isEqualTo(seq);
    }

    @Test
    void consecutiveWritesOfOneStreamTravelAsOneEventInOrderWithTheCalls() {
        outbox.accept(new ConsoleEvent(++seq, seq, 1000, "stdout", "hola"));
        outbox.accept(new ConsoleEvent(++seq, seq, 1000, "stdout", "\n"));
        outbox.accept(new ConsoleEvent(++seq, seq, 1000, "stderr", "error\n"));
        outbox.accept(send(1000, 1));
        outbox.accept(new ConsoleEvent(++seq, seq, 1000, "stdout", "adiós\n"));
        outbox.flush();

        List<Event> events = batches().getFirst().events();
        assertThat(events).hasSize(4);
        assertThat(((ConsoleEvent) events.get(0)).text()).isEqualTo("hola\n");
        assertThat(((ConsoleEvent) events.get(1)).stream()).isEqualTo("stderr");
        assertThat(events.get(2)).isInstanceOf(SyscallEvent.class);
        assertThat(((ConsoleEvent) events.get(3)).text()).isEqualTo("adiós\n");
    }

    @Test
    void aFloodOfOutputIsCutPerWindowButTheTranscriptKeepsItsTail() {
        String line = "x".repeat(99) + "\n";
        for (int i = 0; i < 5_000; i++) {
            outbox.accept(new ConsoleEvent(++seq, seq, 1000, "stdout", line));
        }
        outbox.flush();

        long shown = batches().getFirst().events().stream().mapToLong(e -> ((ConsoleEvent) e).text().length()).sum();
        assertThat(shown).isEqualTo(EventOutbox.CONSOLE_CHARS_PER_WINDOW);
        outbox.sendState(new SandboxSnapshot(List.of(), List.of()));
        WorkbenchMessage.State state = (WorkbenchMessage.State) sent.getLast();
        String kept = state.consoles().stream().map(WorkbenchMessage.ConsoleText::text).reduce("", String::concat);
        assertThat(kept).hasSize(EventOutbox.CONSOLE_CHARS_KEPT).endsWith(line);
    }

    @Test
    void beyondTheWindowEachSocketKeepsOnlyItsLatestState() {
        for (int i = 0; i < EventOutbox.DETAILED_PER_WINDOW; i++) {
            outbox.accept(send(1000, 1));
        }
        outbox.accept(new SocketEvent(++seq, seq, 1000, 3, "AF_INET", "SOCK_STREAM", SocketState.CREATED, null, null));
        outbox.accept(new SocketEvent(++seq, seq, 1000, 3, "AF_INET", "SOCK_STREAM", SocketState.CLOSED, null, null));

        assertThat(outbox.flush()).as("tables need a snapshot").isTrue();
        List<Event> events = batches().getFirst().events();
        assertThat(events.getLast()).isInstanceOf(SocketEvent.class);
        assertThat(((SocketEvent) events.getLast()).state()).isEqualTo(SocketState.CLOSED);
        assertThat(events.stream().filter(SocketEvent.class::isInstance)).hasSize(1);
    }
}
