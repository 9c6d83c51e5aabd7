package org.enchufe.workbench;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.enchufe.events.Event;
import org.enchufe.kernel.SandboxSnapshot;

/**
 * What the server sends a workspace's browsers on {@code /user/queue/sandbox}, in order: the
 * events as they happen (bursts coalesced), snapshots of the sandbox for the tables, the whole
 * state for a browser that (re)connects, its files, and problems with what it asked.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = WorkbenchMessage.Events.class, name = "events"),
    @JsonSubTypes.Type(value = WorkbenchMessage.Snapshot.class, name = "snapshot"),
    @JsonSubTypes.Type(value = WorkbenchMessage.State.class, name = "state"),
    @JsonSubTypes.Type(value = WorkbenchMessage.Files.class, name = "files"),
    @JsonSubTypes.Type(value = WorkbenchMessage.Saved.class, name = "saved"),
    @JsonSubTypes.Type(value = WorkbenchMessage.Conflict.class, name = "conflict"),
    @JsonSubTypes.Type(value = WorkbenchMessage.Problem.class, name = "problem")
})
sealed interface WorkbenchMessage {

    /**
     * The events of one short window, in order. When a burst exceeds what a page can draw, the
     * calls beyond it arrive only as counts in {@code coalesced}: nothing is lost from the totals.
     */
    record Events(List<Event> events, List<Coalesced> coalesced) implements WorkbenchMessage {
    }

    /** Calls of one kind that a burst folded into a count, e.g. 12 000 × send() = 1 by pid 1001. */
    record Coalesced(int pid, String name, String errno, long count, long bytes, long firstSeq, long lastSeq) {
    }

    /** The sandbox as it is after event {@code seq}: processes, descriptor tables, netstat. */
    record Snapshot(SandboxSnapshot snapshot, long seq) implements WorkbenchMessage {
    }

    /**
     * Everything a (re)connecting page draws before it follows the stream: the snapshot, each
     * process's console so far, the latest events and the totals; events up to {@code seq} are in it.
     */
    record State(SandboxSnapshot snapshot, long seq, List<ConsoleText> consoles, List<Event> recent,
                 Map<Integer, Totals> totals) implements WorkbenchMessage {
    }

    /** One stretch of a console: what a process wrote on one stream, or what was typed into it. */
    record ConsoleText(int pid, String stream, String text) {
    }

    /** Per process: calls made, calls failed, bytes sent and received. */
    record Totals(long calls, long errors, long bytesSent, long bytesReceived) {
    }

    /** The workspace's files, in tab order. */
    record Files(List<FileView> files) implements WorkbenchMessage {
    }

    record FileView(String name, String source, int version) {
    }

    /**
     * A file was saved (by the page {@code tab}, or by the server for click-to-call: null): every
     * page of the workspace shows the new text unless it has edits of its own not saved yet.
     */
    record Saved(String file, String source, int version, String tab) implements WorkbenchMessage {
    }

    /**
     * The page {@code tab} saved {@code file} on top of an older version than the saved one, which
     * is {@code source} at {@code version}: its save was refused, and it is shown both texts.
     */
    record Conflict(String file, String source, int version, String tab) implements WorkbenchMessage {
    }

    /** Something asked for that cannot be done: a message key ({@code js.problem.<code>}) and its values. */
    record Problem(String code, Map<String, Object> args) implements WorkbenchMessage {
    }
}
