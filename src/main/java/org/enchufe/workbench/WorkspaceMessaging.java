package org.enchufe.workbench;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;

/**
 * Sends a message to every connected page (STOMP session) of one workspace, on one of its
 * {@code /user/queue/…} destinations. Spring's {@code convertAndSendToUser} does the same, but with
 * publish order preserved it fails for a user with several sessions ("Expected mutable
 * SimpMessageHeaderAccessor", Spring 7.0): several tabs of one browser are the normal case here,
 * so each session gets its own send to the destination the user prefix resolves to. STOMP users are
 * named by the workspace's public name ({@link WorkspaceUser}).
 */
@Component
public class WorkspaceMessaging {

    private final SimpMessagingTemplate messaging;
    private final SimpUserRegistry users;
    private final WorkspaceIds ids;

    WorkspaceMessaging(SimpMessagingTemplate messaging, SimpUserRegistry users, WorkspaceIds ids) {
        this.messaging = messaging;
        this.users = users;
        this.ids = ids;
    }

    /** Sends {@code message} to {@code /user/queue/<queue>} of every page of {@code workspace}. */
    public void send(String workspace, String queue, Object message) {
        SimpUser user = users.getUser(ids.publicName(workspace));
        if (user == null) {
            return;
        }
        for (SimpSession session : user.getSessions()) {
            messaging.convertAndSend(queue + "-user" + session.getId(), message);
        }
    }
}
