package org.enchufe.kernel.modules;

import static org.enchufe.kernel.modules.SocketModule.GAIERROR;
import static org.enchufe.kernel.modules.SocketModule.bytes;
import static org.enchufe.kernel.modules.SocketModule.process;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.kernel.UnixAddress;
import org.enchufe.kernel.net.Ipv4;
import org.enchufe.kernel.net.Ipv6;
import org.enchufe.kernel.net.Resolver;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.Interpreter;

/**
 * The address arguments of the socket calls — (host, port) for AF_INET and AF_INET6, a path or
 * an abstract name for AF_UNIX — checked and resolved as CPython's {@code getsockaddrarg} does,
 * with its messages, and the gaierror a name nobody knows gives.
 */
final class SocketAddresses {

    /** EAI_NONAME: what getaddrinfo says for a name nobody knows. */
    private static final int EAI_NONAME = -2;

    private SocketAddresses() {
    }

    /** An AF_INET address argument, checked and resolved as CPython's getsockaddrarg does. */
    static Sockaddr.Inet inetAddress(Interpreter in, String caller, PyObject address) {
        return inetAddress(in, caller, address, SocketCalls.AF_INET);
    }

    /** An AF_INET or AF_INET6 address argument, checked and resolved as CPython's getsockaddrarg does. */
    static Sockaddr.Inet inetAddress(Interpreter in, String caller, PyObject address, int family) {
        boolean v6 = family == SocketCalls.AF_INET6;
        String familyName = v6 ? "AF_INET6" : "AF_INET";
        if (!(address instanceof PyTuple t)) {
            throw PyErrors.typeError(caller + "(): " + familyName + " address must be tuple, not " + address.type().name());
        }
        if (v6 ? t.size() < 2 || t.size() > 4 : t.size() != 2) {
            throw PyErrors.typeError(v6 ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                    : "AF_INET address must be a pair (host, port)");
        }
        PyObject host = t.get(0);
        PyObject portObject = t.get(1);
        String hostText;
        if (host instanceof PyStr s) {
            hostText = s.value();
        } else if (host instanceof PyBytesLike b) {
            hostText = new String(bytes(host), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PyErrors.typeError("str, bytes or bytearray expected, not " + host.type().name());
        }
        int port;
        if (portObject instanceof PyInt i && !(portObject instanceof PyBool)) {
            if (!i.isSmall() || i.asLong() < 0 || i.asLong() > 65535) {
                throw PyErrors.overflow(caller + "(): port must be 0-65535.");
            }
            port = (int) i.asLong();
        } else if (portObject instanceof PyBool b) {
            port = b.truthy(in) ? 1 : 0;
        } else {
            port = Ops.index(in, portObject);
        }
        if (v6) {
            // flowinfo and scope id are C unsigned ints, read with a mask as CPython's "I" format does.
            for (int i = 2; i < t.size(); i++) {
                PyObject x = t.get(i);
                long value = (x instanceof PyInt pi ? pi.asBig().longValue() : Ops.index(in, x)) & 0xFFFFFFFFL;
                if (i == 2 && value > 0xFFFFF) {
                    throw PyErrors.overflow(caller + "(): flowinfo must be 0-1048575.");
                }
            }
        }
        return new Sockaddr.Inet(v6 ? resolve6(hostText) : resolve4(in, hostText), port);
    }

    private static String resolve4(Interpreter in, String host) {
        if (Ipv6.pton(host) != null) {
            throw gaiError(-9, "Address family for hostname not supported");
        }
        return resolve(in, host);
    }

    /** An AF_INET6 host: '' is ::, IPv6 text in its short form; IPv4 text and names only IPv4 knows are refused. */
    static String resolve6(String host) {
        if (host.isEmpty()) {
            return "::";
        }
        byte[] packed = Ipv6.pton(host);
        if (packed != null) {
            return Ipv6.ntop(packed);
        }
        if (Ipv4.aton(host) != null) {
            throw gaiError(-9, "Address family for hostname not supported");
        }
        // The sandbox's /etc/hosts names no IPv6 address, as on this course's machines.
        throw gaiError(EAI_NONAME, "Name or service not known");
    }

    /**
     * An AF_UNIX address argument, str or bytes, read as CPython reads it on Linux: a path (up to
     * 107 bytes, cut at its first NUL by the kernel), an abstract name (a leading NUL, up to 108
     * bytes) or "" (autobind). Longer ones are refused before any call, as CPython refuses them.
     */
    static UnixAddress unixAddress(PyObject address) {
        byte[] raw;
        if (address instanceof PyStr str) {
            raw = str.value().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else if (address instanceof PyBytesLike) {
            raw = bytes(address);
        } else {
            throw PyErrors.typeError("a bytes-like object is required, not '" + address.type().name() + "'");
        }
        UnixAddress parsed = UnixAddress.of(raw);
        if (parsed == null) {
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, "AF_UNIX path too long");
        }
        return parsed;
    }

    /** A host name or address as the sandbox's resolver answers it; gaierror when nobody knows it. */
    static String resolve(Interpreter in, String host) {
        if (host.isEmpty()) {
            return "0.0.0.0";
        }
        if (host.equals("<broadcast>")) {
            return "255.255.255.255";
        }
        return resolver(in).byName(host).map(Resolver.Host::address)
                .orElseThrow(() -> gaiError(EAI_NONAME, "Name or service not known"));
    }

    /** A name for a call that only knows IPv4 (gethostbyname): an IPv6 literal is glibc's EAI_ADDRFAMILY. */
    static String ipv4Only(String host) {
        if (host.indexOf(':') >= 0 && SocketResolver.isIpv6Literal(host)) {
            throw gaiError(-9, "Address family for hostname not supported");
        }
        return host;
    }

    /** The /etc/hosts of the host the calling process runs on. */
    static Resolver resolver(Interpreter in) {
        return process(in).network().resolver();
    }

    static PyRaise gaiError(int code, String message) {
        return new PyRaise(PyException.withArgs(GAIERROR, PyInt.of(code), PyStr.of(message)));
    }
}
