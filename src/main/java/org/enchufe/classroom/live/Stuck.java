package org.enchufe.classroom.live;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Why a student may need help now: the badges of their row, each with what the instructor needs to know. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Stuck.RepeatedFailure.class, name = "repeated-failure"),
    @JsonSubTypes.Type(value = Stuck.LonelyAccept.class, name = "lonely-accept"),
    @JsonSubTypes.Type(value = Stuck.RecvDeadlock.class, name = "recv-deadlock"),
    @JsonSubTypes.Type(value = Stuck.CrashLoop.class, name = "crash-loop"),
    @JsonSubTypes.Type(value = Stuck.RaisedHand.class, name = "raised-hand")
})
public sealed interface Stuck {

    /** The same goal failed its last {@code times} verdicts. */
    record RepeatedFailure(String lesson, String goal, int times) implements Stuck {
    }

    /** A server asleep in accept() since {@code since}, and no client reached it. */
    record LonelyAccept(int pid, Instant since) implements Stuck {
    }

    /** Client and server both asleep in recv() (each waiting for the other to speak) since {@code since}. */
    record RecvDeadlock(List<Integer> pids, Instant since) implements Stuck {
    }

    /** {@code crashes} programs ended with an error within the detector's window. */
    record CrashLoop(int crashes) implements Stuck {
    }

    /** The student raised their hand at {@code since}. */
    record RaisedHand(Instant since) implements Stuck {
    }
}
