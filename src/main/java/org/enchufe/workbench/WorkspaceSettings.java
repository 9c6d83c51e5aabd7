package org.enchufe.workbench;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Workspaces, configurable under {@code enchufe.workspace.*}: the secret their ids are signed with
 * ({@code secret}; when unset, one generated once and kept in {@code key-file}), how long the files
 * of a workspace nobody saved in are kept, how many characters all workspaces' files may hold together
 * ({@code storage-limit}), and how fast one client address may make new workspaces
 * and open connections (a class behind one NAT is one address).
 */
@ConfigurationProperties("enchufe.workspace")
public record WorkspaceSettings(String secret,
                                @DefaultValue("./data/workspace.key") Path keyFile,
                                @DefaultValue("180d") Duration expireAfter,
                                @DefaultValue("1000000000") long storageLimit,
                                @DefaultValue Creation creation,
                                @DefaultValue Connections connections) {

    /** New workspaces one client address may make: {@code burst} at once, then {@code per-minute}. */
    public record Creation(@DefaultValue("100") int burst, @DefaultValue("30") int perMinute) {
        public TokenBuckets.Rate rate() {
            return new TokenBuckets.Rate(burst, perMinute);
        }
    }

    /** WebSocket connections one client address may open: {@code burst} at once, then {@code per-minute}. */
    public record Connections(@DefaultValue("300") int burst, @DefaultValue("600") int perMinute) {
        public TokenBuckets.Rate rate() {
            return new TokenBuckets.Rate(burst, perMinute);
        }
    }

    /** Never the secret: settings get logged. */
    @Override
    public String toString() {
        return "WorkspaceSettings[secret=" + (secret == null ? "none" : "(set)") + ", keyFile=" + keyFile + ", expireAfter="
                + expireAfter + ", storageLimit=" + storageLimit + ", creation=" + creation + ", connections=" + connections + "]";
    }
}
