package org.enchufe.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enchufe.lessons.LessonFixtures.lesson;

import java.util.Map;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.DecidedBy;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketEvent;
import org.enchufe.events.SocketState;
import org.enchufe.events.SyscallEvent;
import org.junit.jupiter.api.Test;

/** A program that floods events cannot make the checker hold more: what it keeps is bounded. */
class GoalCheckerBoundsTest {

    @Test
    void aMillionEventsLeaveTheCheckerHoldingABoundedAmount() {
        Lesson lesson = lesson("""
                goals:
                  - {id: seq, kind: sequence, text: {es: s, en: s}, calls: [socket, bind, listen, accept]}
                  - {id: cuenta, kind: count, text: {es: c, en: c}, call: send, min: 1}
                  - {id: salida, kind: output, text: {es: o, en: o}, regex: "nunca"}
                  - {id: eco, kind: bytes, text: {es: b, en: b}, from: {file: prog.py}, to: {file: prog.py}}
                  - {id: py, kind: python, text: {es: p, en: p}, source: "def check(events):\\n    return len(events) > 0\\n"}
                """);
        GoalChecker checker = new GoalChecker(lesson);
        long seq = 0;
        checker.accept(new ProcessEvent(++seq, 0, 1000, 0, ProcessEvent.Change.CREATED, 0, "prog.py"));
        int maxRetained = 0;
        // A program that makes a socket, binds it, sends on it, prints and closes it, forever.
        while (seq < 1_000_000) {
            checker.accept(syscall(++seq, "socket", Map.of(), 3));
            checker.accept(new SocketEvent(++seq, seq, 1000, 3, "AF_INET", "SOCK_STREAM", SocketState.CREATED, null, null));
            checker.accept(syscall(++seq, "bind", Map.of("fd", 3, "addr", new Sockaddr.Inet("127.0.0.1", 0)), 0));
            checker.accept(syscall(++seq, "send", Map.of("fd", 3, "len", 4, "bytes", new byte[] {1, 2, 3, 4}, "truncated", false), 4));
            checker.accept(new ConsoleEvent(++seq, seq, 1000, "stdout", "línea " + seq + "\n"));
            checker.accept(syscall(++seq, "close", Map.of("fd", 3), 0));
            checker.accept(new SocketEvent(++seq, seq, 1000, 3, "AF_INET", "SOCK_STREAM", SocketState.CLOSED, null, null));
            if (seq % 100_000 < 7) {
                maxRetained = Math.max(maxRetained, checker.retained());
            }
        }
        maxRetained = Math.max(maxRetained, checker.retained());

        // The ring of recent events, a process, a live socket at most, nothing per event.
        assertThat(maxRetained).isLessThanOrEqualTo(GoalChecker.RING + 10);
        assertThat(checker.finish()).extracting(Verdict::goal).containsExactly("seq", "cuenta", "salida", "eco", "py");
        assertThat(checker.finish().get(0).rows()).hasSizeLessThanOrEqualTo(6);
    }

    private static SyscallEvent syscall(long seq, String name, Map<String, Object> args, long result) {
        return new SyscallEvent(seq, seq, 1000, name, args, result, null, name + "(…) = " + result, 7, DecidedBy.OS);
    }
}
