package org.enchufe.workbench;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * STOMP sessions of someone else looking at a workspace — an instructor over a student's shoulder
 * — and what they are sent: the same events, snapshots and state the workspace's own pages get, on
 * the onlooker's {@code /user/queue/shoulder}; never its problems or edit conflicts, and files only
 * as the watcher's side chooses ({@link WorkbenchSessions#showFiles}). Who may
 * look is decided before {@link WorkbenchSessions#lookOver}; a session looks at one workspace at a
 * time and stops when it says so or disconnects. Nothing here sends the workspace's sandbox a command.
 */
@Component
class Onlookers {

    static final String QUEUE = "/queue/shoulder";

    private final SimpMessagingTemplate messaging;
    private final Map<String, Set<String>> byWorkspace = new ConcurrentHashMap<>();
    private final Map<String, String> looking = new ConcurrentHashMap<>();

    Onlookers(SimpMessagingTemplate messaging) {
        this.messaging = messaging;
    }

    /** STOMP session {@code session} looks at {@code workspace} from now (and at no other). */
    void add(String workspace, String session) {
        remove(session);
        looking.put(session, workspace);
        byWorkspace.computeIfAbsent(workspace, w -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void remove(String session) {
        String workspace = looking.remove(session);
        if (workspace != null) {
            byWorkspace.computeIfPresent(workspace, (w, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    /** First among the disconnect's listeners: nothing more is sent to a page that left. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void disconnected(SessionDisconnectEvent event) {
        remove(event.getSessionId());
    }

    /** Sends {@code message}, one the workspace's pages were sent, to its onlookers when it shows what the student does. */
    void send(String workspace, WorkbenchMessage message) {
        Set<String> sessions = byWorkspace.get(workspace);
        if (sessions == null) {
            return;
        }
        boolean shown = switch (message) {
            case WorkbenchMessage.Events e -> true;
            case WorkbenchMessage.Snapshot s -> true;
            case WorkbenchMessage.State s -> true;
            // Which files to show, the watcher's side decides (a lesson's are not the sandbox's).
            case WorkbenchMessage.Files f -> false;
            case WorkbenchMessage.Saved s -> false;
            case WorkbenchMessage.Conflict c -> false;
            case WorkbenchMessage.Problem p -> false;
        };
        if (shown) {
            sessions.forEach(session -> sendTo(session, message));
        }
    }

    void sendTo(String session, WorkbenchMessage message) {
        messaging.convertAndSend(QUEUE + "-user" + session, message);
    }

    /** How many sessions look at {@code workspace} now. */
    int count(String workspace) {
        Set<String> sessions = byWorkspace.get(workspace);
        return sessions == null ? 0 : sessions.size();
    }

    /** How many sessions look at any workspace now. */
    int count() {
        return looking.size();
    }
}
