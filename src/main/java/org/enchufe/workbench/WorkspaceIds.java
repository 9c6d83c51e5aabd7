package org.enchufe.workbench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Workspace ids the server made. A workspace is 128 random bits (22 base64url characters, the key
 * of its files); its cookie carries the id and the server's HMAC-SHA256 of it, so only ids this
 * server minted are accepted and nobody can invent one. Its STOMP user is named by a second HMAC
 * of the id — public, since it grants nothing: pages see that name, never the cookie.
 */
public final class WorkspaceIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    WorkspaceIds(WorkspaceKey key) {
        this.key = new SecretKeySpec(key.bytes(), "HmacSHA256");
    }

    /** A new workspace: its id and the cookie value that proves it. */
    public Minted mint() {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        String id = BASE64URL.encodeToString(bits);
        return new Minted(id, cookieValue(id));
    }

    /** A workspace and the value its cookie carries. */
    public record Minted(String id, String cookieValue) {
    }

    /** {@code id} with its signature: {@code <id>.<signature>}. */
    public String cookieValue(String id) {
        return id + "." + BASE64URL.encodeToString(hmac("workspace", id));
    }

    /** The workspace a cookie value proves, when this server signed it. */
    public Optional<String> verify(String cookieValue) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        int dot = cookieValue.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String id = cookieValue.substring(0, dot);
        if (!isWellFormed(id)) {
            return Optional.empty();
        }
        byte[] given = decode(cookieValue.substring(dot + 1));
        return given != null && MessageDigest.isEqual(given, hmac("workspace", id)) ? Optional.of(id) : Optional.empty();
    }

    /** The workspace the request's cookie proves, when it proves one. */
    public Optional<String> of(HttpServletRequest request) {
        return WorkspaceCookie.value(request).flatMap(this::verify);
    }

    /** The name the workspace's STOMP user goes by: derived from the id, useless without the cookie. */
    public String publicName(String id) {
        return BASE64URL.encodeToString(hmac("principal", id));
    }

    /** An id as workspaces were named before they were signed: 22 base64url characters. */
    static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private byte[] hmac(String purpose, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((purpose + ":").getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(mac.doFinal(id.getBytes(StandardCharsets.US_ASCII)), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] decode(String base64url) {
        try {
            return Base64.getUrlDecoder().decode(base64url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
