package org.enchufe.kernel;

import java.nio.charset.StandardCharsets;

/**
 * An AF_UNIX address as a program hands it to bind, connect or sendto, read with Linux's rules.
 * The kernel names an AF_UNIX socket by a string, {@code name}:
 * <ul>
 * <li>"" — no name: bind("") asks for an automatic one (autobind), connect("") is EINVAL;
 * <li>a path — the bytes before the first NUL, as the kernel stops there ("/tmp/a\0b" is "/tmp/a");
 * <li>an abstract name — a leading NUL and then any bytes, one char per byte ("\0abs"): no file,
 *     only a name in the host's table.
 * </ul>
 * {@code length} is the address length CPython passes to the call, which strace prints after it.
 */
public record UnixAddress(String name, int length) {

    /** sizeof(sun_path) on Linux. */
    public static final int SUN_PATH = 108;
    /** offsetof(struct sockaddr_un, sun_path): the family before the path. */
    private static final int FAMILY = 2;

    /**
     * The address CPython builds from {@code raw} (a str encoded to UTF-8, or bytes), or null when
     * CPython refuses it before any call ("AF_UNIX path too long"): an abstract name may fill all
     * 108 bytes, a path needs one for its NUL.
     */
    public static UnixAddress of(byte[] raw) {
        if (raw.length == 0 || raw[0] == 0) {
            return raw.length > SUN_PATH ? null : new UnixAddress(new String(raw, StandardCharsets.ISO_8859_1), FAMILY + raw.length);
        }
        if (raw.length >= SUN_PATH) {
            return null;
        }
        int end = 0;
        while (end < raw.length && raw[end] != 0) {
            end++;
        }
        return new UnixAddress(new String(raw, 0, end, StandardCharsets.UTF_8), FAMILY + raw.length + 1);
    }

    public boolean autobind() {
        return name.isEmpty();
    }

    public boolean isAbstract() {
        return isAbstract(name);
    }

    public static boolean isAbstract(String name) {
        return name.startsWith("\0");
    }

    /** The name's bytes: a path's UTF-8, an abstract name's own bytes (its leading NUL included). */
    public static byte[] bytes(String name) {
        return name.getBytes(isAbstract(name) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /**
     * The structure as strace prints it: {@code {sa_family=AF_UNIX, sun_path="/tmp/s"}},
     * {@code sun_path=@"abs"} for an abstract name, no sun_path at all for none.
     */
    public static String strace(String name) {
        if (name.isEmpty()) {
            return "{sa_family=AF_UNIX}";
        }
        byte[] bytes = bytes(name);
        return isAbstract(name)
                ? "{sa_family=AF_UNIX, sun_path=@" + Strace.quoteAll(java.util.Arrays.copyOfRange(bytes, 1, bytes.length)) + "}"
                : "{sa_family=AF_UNIX, sun_path=" + Strace.quoteAll(bytes) + "}";
    }

    public String strace() {
        return strace(name);
    }

    /** The length the kernel reports for a socket's name (getsockname, getpeername, recvfrom). */
    public static int socklen(String name) {
        return FAMILY + bytes(name).length + (name.isEmpty() || isAbstract(name) ? 0 : 1);
    }

    /** The value-result length as strace prints it: {@code [110 => 24]}, or {@code [110]} when the kernel filled it all. */
    public static String socklenResult(String name) {
        int n = socklen(name);
        return n == FAMILY + SUN_PATH ? "[110]" : "[110 => " + n + "]";
    }

    /** A name as ss and netstat print it: the path, or '@' and the abstract name. */
    public static String display(String name) {
        return isAbstract(name) ? "@" + name.substring(1) : name;
    }

    /**
     * The key of the host's AF_UNIX table: an abstract name as it is, a path made absolute and
     * normal (a program's working directory is "/"), so "/tmp//s" and "tmp/s" are one file.
     */
    public static String key(String name) {
        if (name.isEmpty() || isAbstract(name)) {
            return name;
        }
        return java.nio.file.Path.of("/").resolve(name).normalize().toString();
    }
}
