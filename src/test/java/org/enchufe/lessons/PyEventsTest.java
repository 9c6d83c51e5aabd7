package org.enchufe.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enchufe.lessons.LessonFixtures.record;

import java.util.List;

import org.enchufe.events.Event;
import org.junit.jupiter.api.Test;

/** A python goal's check reads the events as Python values built directly, the same as a literal would give. */
class PyEventsTest {

    private static final List<Event> EVENTS = record("""
            import socket
            s = socket.socket()
            s.bind(('127.0.0.1', 5000))
            c = socket.socket()
            try:
                c.connect(('127.0.0.1', 5001))
            except OSError:
                pass
            print('hola')
            """);

    private static PythonCheck.Outcome check(String body) {
        return PythonCheck.run("prueba", "def check(events):\n" + body.indent(4), EVENTS);
    }

    @Test
    void anAddressIsAHostAndPortTupleAndAnErrnoItsName() {
        assertThat(check("""
                bind = [e for e in events if e['kind'] == 'syscall' and e['name'] == 'bind'][0]
                refused = [e for e in events if e['kind'] == 'syscall' and e['name'] == 'connect'][0]
                return (bind['args']['addr'] == ('127.0.0.1', 5000) and bind['errno'] is None
                        and refused['errno'] == 'ECONNREFUSED' and refused['result'] == -1)
                """).holds()).isTrue();
    }

    @Test
    void eventsAreDictsWithTheirKindSeqAndText() {
        assertThat(check("""
                seqs = [e['seq'] for e in events]
                out = ''.join(e['text'] for e in events if e['kind'] == 'console' and e['stream'] == 'stdout')
                kinds = {e['kind'] for e in events}
                return seqs == sorted(seqs) and out == 'hola\\n' and {'syscall', 'socket', 'process', 'console'} <= kinds
                """).holds()).isTrue();
    }

    @Test
    void theCheckMayChangeTheListItIsGivenAndKeyDictsByTuples() {
        assertThat(check("""
                by_fd = {}
                for e in events:
                    if e['kind'] == 'socket':
                        by_fd[(e['pid'], e['fd'])] = e['state']
                events.clear()
                return len(by_fd) == 2 and events == []
                """).holds()).isTrue();
    }

    @Test
    void aCheckThatFailsSaysItsExceptionsLineEvenWithNotesAfterIt() {
        PythonCheck.Outcome failed = check("""
                e = KeyError('fd')
                e.add_note('no socket event had it')
                raise e
                """);
        assertThat(failed.holds()).isFalse();
        assertThat(failed.said()).isEqualTo("KeyError: 'fd'");
    }

    @Test
    void aListenersSocketEventsCarryItsQueueLength() {
        List<Event> events = record("""
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen(1)
                c = socket.create_connection(('127.0.0.1', 5000))
                a, _ = s.accept()
                """);
        PythonCheck.Outcome seen = PythonCheck.run("cola", """
                def check(events):
                    queue = [e['queued'] for e in events if e['kind'] == 'socket' and e['fd'] == 3 and e['queued'] is not None]
                    others = {e['queued'] for e in events if e['kind'] == 'socket' and e['fd'] != 3}
                    return queue == [0, 1, 0] and others == {None}
                """, events);
        assertThat(seen.holds()).isTrue();
    }
}
