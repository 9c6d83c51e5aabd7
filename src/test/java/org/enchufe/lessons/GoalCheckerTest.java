package org.enchufe.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enchufe.lessons.LessonFixtures.check;
import static org.enchufe.lessons.LessonFixtures.lesson;
import static org.enchufe.lessons.LessonFixtures.record;

import java.util.List;
import java.util.Map;

import org.enchufe.events.Event;
import org.junit.jupiter.api.Test;

/** The goal kinds, each on the events of a real program recorded in a sandbox. */
class GoalCheckerTest {

    private static final String SERVER_THEN_REUSED_FD = """
            import socket
            a = socket.socket()
            a.bind(('127.0.0.1', 0))
            a.close()
            b = socket.socket()
            b.listen(1)
            b.close()
            """;

    @Test
    void aSequenceCountsOnlyCallsOnOneSocketEvenWhenItsDescriptorNumberIsReused() {
        Lesson lesson = lesson("""
                goals:
                  - {id: pasivo, kind: sequence, text: {es: s, en: s}, calls: [socket, bind, listen]}
                  - {id: cerrado, kind: sequence, text: {es: c, en: c}, calls: [socket, bind, close]}
                """);
        List<Event> events = record(SERVER_THEN_REUSED_FD);

        Map<String, Verdict> v = check(lesson, events);

        // Both sockets were fd 3: bind was on the first, listen on the second.
        assertThat(v.get("pasivo").status()).isEqualTo(Verdict.Status.FAILED);
        assertThat(v.get("pasivo").happened().en()).contains("socket → bind; listen never came");
        assertThat(v.get("cerrado").status()).isEqualTo(Verdict.Status.PASSED);
        assertThat(v.get("cerrado").rows()).extracting(TraceRow::line).containsExactly(2, 3, 4);
    }

    @Test
    void aCapturedSocketIsTheOneLaterGoalsLookAt() {
        Lesson lesson = lesson("""
                goals:
                  - {id: escucha, kind: call, text: {es: l, en: l}, call: listen, capture: L}
                  - {id: sin-send, kind: never, text: {es: n, en: n}, call: send, on: L, misconception: io-on-listening-socket}
                  - {id: algun-send, kind: count, text: {es: n, en: n}, call: send, min: 1}
                """);
        List<Event> events = record("""
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen(1)
                c = socket.socket()
                c.connect(('127.0.0.1', 5000))
                conn, _ = s.accept()
                c.send(b'hola')
                try:
                    s.send(b'x')
                except OSError:
                    pass
                """);

        Map<String, Verdict> v = check(lesson, events);

        assertThat(v.get("escucha").passed()).isTrue();
        assertThat(v.get("sin-send").status()).isEqualTo(Verdict.Status.FAILED);
        assertThat(v.get("sin-send").rows()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(10));
        assertThat(v.get("sin-send").misconception()).isEqualTo("io-on-listening-socket");
        assertThat(v.get("algun-send").passed()).isTrue();
    }

    @Test
    void afterForkParentAndChildHoldTheSameSocket() {
        Lesson lesson = lesson("""
                goals:
                  - {id: escucha, kind: call, text: {es: l, en: l}, call: listen, capture: L}
                  - {id: hijo-cierra, kind: call, text: {es: c, en: c}, call: close, on: L, process: forked}
                """);
        List<Event> events = record("""
                import os, socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen(1)
                if os.fork() == 0:
                    s.close()
                    os._exit(0)
                os.wait()
                s.close()
                """);

        Map<String, Verdict> v = check(lesson, events);

        assertThat(v.get("hijo-cierra").passed()).isTrue();
        assertThat(v.get("hijo-cierra").rows()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(6));
    }

    @Test
    void anErrnoIsHandledWhenTheProcessGoesOnAndUnhandledWhenItDiesOfATraceback() {
        Lesson lesson = lesson("""
                goals:
                  - {id: tratado, kind: errno, text: {es: t, en: t}, errno: ECONNREFUSED, handled: true}
                  - {id: visto, kind: errno, text: {es: v, en: v}, errno: ECONNREFUSED}
                """);
        String refused = "import socket\ns = socket.socket()\n";

        Map<String, Verdict> caught = check(lesson, record(refused + """
                try:
                    s.connect(('127.0.0.1', 1))
                except ConnectionRefusedError:
                    print('rechazada')
                """));
        Map<String, Verdict> died = check(lesson, record(refused + "s.connect(('127.0.0.1', 1))\n"));

        assertThat(caught.get("tratado").passed()).isTrue();
        assertThat(died.get("tratado").status()).isEqualTo(Verdict.Status.FAILED);
        assertThat(died.get("tratado").happened().en()).contains("died with a traceback");
        assertThat(died.get("visto").passed()).isTrue();
    }

    @Test
    void anErrnoCaughtStaysHandledWhenTheProcessLaterDiesOfAnotherError() {
        Lesson lesson = lesson("""
                goals:
                  - {id: tratado, kind: errno, text: {es: t, en: t}, errno: ECONNREFUSED, handled: true}
                  - {id: mortal, kind: errno, text: {es: m, en: m}, errno: EACCES, handled: false}
                """);

        Map<String, Verdict> v = check(lesson, record("""
                import socket
                s = socket.socket()
                try:
                    s.connect(('127.0.0.1', 1))
                except ConnectionRefusedError:
                    print('rechazada')
                socket.socket().bind(('127.0.0.1', 80))
                """));

        assertThat(v.get("tratado").passed()).isTrue();
        assertThat(v.get("mortal").passed()).isTrue();
        assertThat(v.get("mortal").happened().en()).contains("died with a traceback");
    }

    @Test
    void outputMatchesExactlyByContainingOrByRegex() {
        Lesson lesson = lesson("""
                goals:
                  - {id: exacta, kind: output, text: {es: e, en: e}, exact: "ho\\nla\\n"}
                  - {id: contiene, kind: output, text: {es: c, en: c}, contains: "o\\nl"}
                  - {id: regex, kind: output, text: {es: r, en: r}, regex: "^la$"}
                  - {id: error, kind: output, text: {es: r, en: r}, stream: stderr, contains: "x"}
                """);

        Map<String, Verdict> v = check(lesson, record("print('ho')\nprint('la')\n"));

        assertThat(v.get("exacta").passed()).isTrue();
        assertThat(v.get("contiene").passed()).isTrue();
        assertThat(v.get("regex").passed()).isTrue();
        assertThat(v.get("error").status()).isEqualTo(Verdict.Status.FAILED);
        assertThat(v.get("error").happened().es()).contains("no escribió nada en stderr");
    }

    @Test
    void bytesHoldWhenWhatOneSideSentIsWhatTheOtherReceived() {
        Lesson lesson = lesson("""
                goals:
                  - {id: cliente, kind: call, text: {es: c, en: c}, call: connect, capture: C}
                  - {id: eco, kind: bytes, text: {es: b, en: b}, from: {on: C}, to: {file: prog.py}}
                """);
        String echo = """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen(1)
                c = socket.socket()
                c.connect(('127.0.0.1', 5000))
                conn, _ = s.accept()
                c.sendall(b'hola mundo')
                """;

        Map<String, Verdict> whole = check(lesson, record(echo + "conn.recv(100)\n"));
        // The receiver's recv also counts on the 'to' side (every socket of prog.py), so compare with a short read.
        Map<String, Verdict> part = check(lesson, record(echo + "conn.recv(4)\n"));

        assertThat(whole.get("eco").passed()).isTrue();
        assertThat(part.get("eco").status()).isEqualTo(Verdict.Status.FAILED);
        assertThat(part.get("eco").happened().en()).contains("sent 10 bytes", "received 4");
    }

    @Test
    void aPythonGoalRunsOverTheEventsAsDictsAndIsBounded() {
        Lesson lesson = lesson("""
                goals:
                  - id: puertos
                    kind: python
                    text: {es: p, en: p}
                    source: |
                      def check(events):
                          binds = [e for e in events if e['kind'] == 'syscall' and e['name'] == 'bind']
                          return [e['args']['addr'][1] for e in binds] == [5000, 5001]
                  - id: bucle
                    kind: python
                    text: {es: b, en: b}
                    source: |
                      def check(events):
                          while True:
                              pass
                """);

        Map<String, Verdict> v = check(lesson, record("""
                import socket
                socket.socket().bind(('127.0.0.1', 5000))
                socket.socket().bind(('127.0.0.1', 5001))
                """));

        assertThat(v.get("puertos").passed()).isTrue();
        assertThat(v.get("bucle").status()).isEqualTo(Verdict.Status.FAILED);
    }

    @Test
    void aPythonGoalMaySayInBothLanguagesWhatItSaw() {
        Lesson lesson = lesson("""
                goals:
                  - id: dos
                    kind: python
                    text: {es: d, en: d}
                    source: |
                      def check(events):
                          n = len([e for e in events if e['kind'] == 'syscall' and e['name'] == 'bind'])
                          return n == 2, {'es': f'hubo {n} bind', 'en': f'{n} bind calls'}
                  - id: uno
                    kind: python
                    text: {es: u, en: u}
                    source: |
                      def check(events):
                          return True, 'un bind basta'
                """);

        Map<String, Verdict> v = check(lesson, record("import socket\nsocket.socket().bind(('127.0.0.1', 5000))\n"));

        assertThat(v.get("dos").status()).isEqualTo(Verdict.Status.FAILED);
        assertThat(v.get("dos").happened()).isEqualTo(new Text("hubo 1 bind", "1 bind calls"));
        assertThat(v.get("uno").passed()).isTrue();
        assertThat(v.get("uno").happened()).isEqualTo(new Text("un bind basta", "un bind basta"));
    }

    @Test
    void aPythonGoalSeesOnlyTheProcessesItsScopeNames() {
        String binds = """
                    source: |
                      def check(events):
                          return [e['args']['addr'][1] for e in events if e['kind'] == 'syscall' and e['name'] == 'bind']%s
                """;
        Lesson lesson = lesson("""
                goals:
                  - id: hijo
                    kind: python
                    process: forked
                    text: {es: h, en: h}
                %s
                  - id: padre
                    kind: python
                    process: main
                    text: {es: p, en: p}
                %s
                  - id: todos
                    kind: python
                    text: {es: t, en: t}
                %s
                """.formatted(binds.formatted(" == [5001]"), binds.formatted(" == [5000]"),
                binds.formatted(" == [5000, 5001]")));

        Map<String, Verdict> v = check(lesson, record("""
                import os, socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                pid = os.fork()
                if pid == 0:
                    socket.socket().bind(('127.0.0.1', 5001))
                    os._exit(0)
                os.waitpid(pid, 0)
                """));

        assertThat(v.get("hijo").passed()).as(v.get("hijo").happened().en()).isTrue();
        assertThat(v.get("padre").passed()).as(v.get("padre").happened().en()).isTrue();
        assertThat(v.get("todos").passed()).as(v.get("todos").happened().en()).isTrue();
    }

    @Test
    void weightsGiveAPartialScore() {
        Lesson lesson = lesson("""
                goals:
                  - {id: a, kind: call, text: {es: a, en: a}, call: socket, weight: 3}
                  - {id: b, kind: call, text: {es: b, en: b}, call: listen}
                """);

        GoalChecker checker = new GoalChecker(lesson);
        record("import socket\nsocket.socket()\n").forEach(checker);

        assertThat(GoalChecker.score(checker.finish())).isEqualTo(0.75);
    }

    @Test
    void aGoalTicksAsSoonAsItHoldsWhileOthersWaitForTheEnd() {
        Lesson lesson = lesson("""
                goals:
                  - {id: crea, kind: call, text: {es: a, en: a}, call: socket}
                  - {id: nunca, kind: never, text: {es: b, en: b}, call: listen}
                """);
        GoalChecker checker = new GoalChecker(lesson);
        List<Event> events = record("import socket\nsocket.socket()\n");

        events.forEach(checker);

        assertThat(checker.verdicts()).extracting(Verdict::status).containsExactly(Verdict.Status.PASSED, Verdict.Status.PENDING);
        assertThat(checker.finish()).extracting(Verdict::status).containsExactly(Verdict.Status.PASSED, Verdict.Status.PASSED);
    }

    @Test
    void aFailedGoalSaysTheClosestCallAndItsSourceLine() {
        Lesson lesson = lesson("""
                goals:
                  - {id: cinco-mil, kind: call, text: {es: a, en: bind to 5000}, call: bind, args: {port: 5000}, errno: ok}
                """);

        Verdict v = check(lesson, record("import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 5050))\n")).get("cinco-mil");

        assertThat(v.expected().en()).isEqualTo("bind to 5000");
        assertThat(v.happened().en()).contains("The closest call was bind(3,", "htons(5050)", "(line 3)");
        assertThat(v.rows()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(3));
    }
}
