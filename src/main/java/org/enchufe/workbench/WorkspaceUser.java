package org.enchufe.workbench;

import java.security.Principal;

/**
 * A WebSocket connection's user: the workspace it proved with its cookie, named by the workspace's
 * public name ({@link WorkspaceIds#publicName}). STOMP tells the page that name (CONNECTED's
 * {@code user-name}); the workspace id itself stays on the server.
 */
public record WorkspaceUser(String workspace, String publicName) implements Principal {

    @Override
    public String getName() {
        return publicName;
    }

    @Override
    public String toString() {
        return "WorkspaceUser[" + publicName + "]";
    }
}
