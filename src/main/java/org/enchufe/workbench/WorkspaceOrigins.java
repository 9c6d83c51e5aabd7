package org.enchufe.workbench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The client address ({@link ClientAddress#key}) each workspace last connected from, so the pool
 * can share its sandboxes fairly between addresses when it is full. Only a hint for fairness,
 * never for access: a workspace is proved by its signed cookie alone.
 */
@Component
public class WorkspaceOrigins {

    /** Past this many workspaces remembered, the map starts over (the hint is then "unknown" for a while). */
    private static final int MAX_REMEMBERED = 50_000;

    private final Map<String, String> origins = new ConcurrentHashMap<>();

    /** A connection of {@code workspace} came from {@code remoteAddr}. */
    public void seen(String workspace, String remoteAddr) {
        if (origins.size() >= MAX_REMEMBERED) {
            origins.clear();
        }
        origins.put(workspace, ClientAddress.key(remoteAddr));
    }

    /** Where the workspace last connected from; "unknown" when it never did. */
    String of(String workspace) {
        return origins.getOrDefault(workspace, "unknown");
    }

    /** The workspace's sandbox ended: nothing to share any more. */
    void forget(String workspace) {
        origins.remove(workspace);
    }
}
