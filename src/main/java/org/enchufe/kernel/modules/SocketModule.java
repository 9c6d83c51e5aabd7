package org.enchufe.kernel.modules;

import java.nio.channels.SelectionKey;
import java.util.Map;
import java.util.function.Supplier;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.KernelCall;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.kernel.UnixAddress;
import org.enchufe.kernel.UnixCalls;
import org.enchufe.kernel.net.Ipv4;
import org.enchufe.kernel.net.Ipv6;
import org.enchufe.kernel.net.Resolver;
import org.enchufe.kernel.net.Services;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Numbers;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyByteArray;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.BlockSignal;
import org.enchufe.lang.vm.Interpreter;

/**
 * Python's {@code socket} module inside a sandbox: the socket class, its constants and helpers.
 * Arguments are checked and converted as CPython's {@code socketmodule.c} does, with its
 * messages; the calls themselves go to the kernel ({@link SocketCalls}). A call that would block
 * suspends the process until the socket is ready, its timeout passes, or never.
 */
public final class SocketModule {

    static final PyType GAIERROR = exception("gaierror");
    static final PyType HERROR = exception("herror");
    /** io.UnsupportedOperation: reading a file opened for writing, and the reverse. */
    static final PyType UNSUPPORTED_OPERATION = PyType.builtin("io", "UnsupportedOperation", ExceptionTypes.OS_ERROR,
            ExceptionTypes.VALUE_ERROR).withConstructor(PyException::construct);

    static final PyType ADDRESS_FAMILY = org.enchufe.lang.runtime.PyIntEnumMember.enumType("socket", "AddressFamily");
    static final PyType SOCKET_KIND = org.enchufe.lang.runtime.PyIntEnumMember.enumType("socket", "SocketKind");
    private static final Map<Long, PyObject> FAMILIES = new java.util.HashMap<>();
    private static final Map<Long, PyObject> KINDS = new java.util.HashMap<>();

    static {
        Object[][] families = {{"AF_UNSPEC", 0}, {"AF_UNIX", SocketCalls.AF_UNIX}, {"AF_INET", SocketCalls.AF_INET},
            {"AF_INET6", SocketCalls.AF_INET6}};
        for (Object[] f : families) {
            FAMILIES.put(((Number) f[1]).longValue(),
                    new org.enchufe.lang.runtime.PyIntEnumMember(ADDRESS_FAMILY, (String) f[0], ((Number) f[1]).longValue()));
        }
        Object[][] kinds = {{"SOCK_STREAM", SocketCalls.SOCK_STREAM}, {"SOCK_DGRAM", SocketCalls.SOCK_DGRAM},
            {"SOCK_RAW", SocketCalls.SOCK_RAW}, {"SOCK_RDM", 4}, {"SOCK_SEQPACKET", 5},
            {"SOCK_NONBLOCK", SocketCalls.SOCK_NONBLOCK},
            {"SOCK_CLOEXEC", SocketCalls.SOCK_CLOEXEC}};
        for (Object[] k : kinds) {
            KINDS.put(((Number) k[1]).longValue(),
                    new org.enchufe.lang.runtime.PyIntEnumMember(SOCKET_KIND, (String) k[0], ((Number) k[1]).longValue()));
        }
    }

    /** socket.AF_INET and friends: the AddressFamily member for {@code n}, or the plain int. */
    static PyObject family(long n) {
        return FAMILIES.getOrDefault(n, PyInt.of(n));
    }

    static PyObject kind(long n) {
        return KINDS.getOrDefault(n, PyInt.of(n));
    }

    /** EAI_NONAME: what getaddrinfo says for a name nobody knows. */
    private static final int EAI_NONAME = -2;

    private SocketModule() {
    }

    private static PyType exception(String name) {
        return PyType.builtin("socket", name, ExceptionTypes.OS_ERROR).withConstructor(PyException::construct);
    }

    static Process process(Interpreter in) {
        return Process.of(in, "socket");
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("socket");
        constants(m);
        m.add("socket", PySocket.TYPE);
        m.add("SocketType", PySocket.BASE);
        m.add("error", ExceptionTypes.OS_ERROR);
        m.add("timeout", ExceptionTypes.TIMEOUT_ERROR);
        m.add("gaierror", GAIERROR);
        m.add("herror", HERROR);
        m.function("htons", (i, s, a, k) -> PyInt.of(Short.toUnsignedInt(Short.reverseBytes((short) unsigned(i, "htons", a, k, 16)))));
        m.function("ntohs", (i, s, a, k) -> PyInt.of(Short.toUnsignedInt(Short.reverseBytes((short) unsigned(i, "ntohs", a, k, 16)))));
        m.function("htonl", (i, s, a, k) -> PyInt.of(Integer.toUnsignedLong(Integer.reverseBytes((int) unsigned32(i, "htonl", a, k)))));
        m.function("has_dualstack_ipv6", (i, s, a, k) -> {
            Args.none("has_dualstack_ipv6", a, k);
            // Every sandbox host has IPv6 and its sockets are dual-stack, as Linux's by default.
            return org.enchufe.lang.runtime.PyBool.TRUE;
        });
        m.function("ntohl", (i, s, a, k) -> PyInt.of(Integer.toUnsignedLong(Integer.reverseBytes((int) unsigned32(i, "ntohl", a, k)))));
        m.function("inet_aton", (i, s, a, k) -> {
            byte[] packed = Ipv4.aton(text(Args.one("inet_aton", a, k), "inet_aton", 1));
            if (packed == null) {
                throw PyErrors.raise(ExceptionTypes.OS_ERROR, "illegal IP address string passed to inet_aton");
            }
            return new PyBytes(packed);
        });
        m.function("inet_ntoa", (i, s, a, k) -> {
            byte[] packed = bytes(Args.one("inet_ntoa", a, k));
            if (packed.length != 4) {
                throw PyErrors.raise(ExceptionTypes.OS_ERROR, "packed IP wrong length for inet_ntoa");
            }
            return PyStr.of(Ipv4.ntoa(packed));
        });
        m.function("gethostname", (i, s, a, k) -> {
            Args.none("gethostname", a, k);
            return PyStr.of(process(i).network().name());
        });
        m.function("gethostbyname", (i, s, a, k) -> {
            return PyStr.of(resolve(i, text(Args.one("gethostbyname", a, k), "gethostbyname", 1)));
        });
        m.function("getdefaulttimeout", (i, s, a, k) -> {
            Args.none("getdefaulttimeout", a, k);
            long t = process(i).defaultSocketTimeout();
            return t < 0 ? PyNone.NONE : org.enchufe.lang.runtime.PyFloat.of(t / 1e9);
        });
        m.function("setdefaulttimeout", (i, s, a, k) -> {
            process(i).setDefaultSocketTimeout(timeoutNanos(Args.one("setdefaulttimeout", a, k)));
            return PyNone.NONE;
        });
        m.function("getservbyname", (i, s, a, k) -> {
            Args.range("getservbyname", a, k, 1, 2);
            String name = text(a[0], "getservbyname", 1);
            String proto = a.length > 1 ? text(a[1], "getservbyname", 2) : null;
            return Services.byName(name, proto).map(sv -> (PyObject) PyInt.of(sv.port()))
                    .orElseThrow(() -> PyErrors.raise(ExceptionTypes.OS_ERROR, "service/proto not found"));
        });
        m.function("getservbyport", (i, s, a, k) -> {
            Args.range("getservbyport", a, k, 1, 2);
            int port = Ops.index(i, a[0]);
            if (port < 0 || port > 65535) {
                throw PyErrors.overflow("getservbyport: port must be 0-65535.");
            }
            String proto = a.length > 1 ? text(a[1], "getservbyport", 2) : null;
            return Services.byPort(port, proto).map(sv -> (PyObject) PyStr.of(sv.name()))
                    .orElseThrow(() -> PyErrors.raise(ExceptionTypes.OS_ERROR, "port/proto not found"));
        });
        m.function("getprotobyname", (i, s, a, k) -> {
            String name = text(Args.one("getprotobyname", a, k), "getprotobyname", 1);
            return Services.protocol(name).map(n -> (PyObject) PyInt.of(n))
                    .orElseThrow(() -> PyErrors.raise(ExceptionTypes.OS_ERROR, "protocol not found"));
        });
        m.function("create_connection", (i, s, a, k) -> createConnection(i, a, k));
        m.function("create_server", (i, s, a, k) -> createServer(i, a, k));
        SocketResolver.register(m);
        m.function("socketpair", (i, s, a, k) -> {
            PyObject[] b = Args.bind("socketpair", a, k, 0, "family", "type", "proto");
            int family = b[0] == null || b[0] == PyNone.NONE ? SocketCalls.AF_UNIX : Ops.index(i, b[0]);
            int kind = b[1] == null || b[1] == PyNone.NONE ? SocketCalls.SOCK_STREAM : Ops.index(i, b[1]);
            int proto = b[2] == null || b[2] == PyNone.NONE ? 0 : Ops.index(i, b[2]);
            Process p = process(i);
            int[] fds = SocketCalls.socketpair(p, family, kind, proto);
            int plain = kind & ~(SocketCalls.SOCK_NONBLOCK | SocketCalls.SOCK_CLOEXEC);
            long timeout = (kind & SocketCalls.SOCK_NONBLOCK) != 0 ? 0 : p.defaultSocketTimeout();
            return PyTuple.of(new PySocket(fds[0], family, plain, proto, timeout), new PySocket(fds[1], family, plain, proto, timeout));
        });
        return m;
    }


    private static void constants(PyModule m) {
        Object[][] table = {
            {"AF_UNIX", SocketCalls.AF_UNIX}, {"AF_INET", SocketCalls.AF_INET}, {"AF_INET6", SocketCalls.AF_INET6},
            {"AF_UNSPEC", 0}, {"SOCK_STREAM", SocketCalls.SOCK_STREAM}, {"SOCK_DGRAM", SocketCalls.SOCK_DGRAM},
            {"SOCK_RAW", SocketCalls.SOCK_RAW}, {"SOCK_RDM", 4}, {"SOCK_SEQPACKET", 5},
            {"SOCK_NONBLOCK", SocketCalls.SOCK_NONBLOCK},
            {"SOCK_CLOEXEC", SocketCalls.SOCK_CLOEXEC}, {"SOL_SOCKET", SocketCalls.SOL_SOCKET}, {"SOL_TCP", 6}, {"SOL_UDP", 17},
            {"SO_REUSEADDR", SocketCalls.SO_REUSEADDR}, {"SO_TYPE", SocketCalls.SO_TYPE}, {"SO_ERROR", SocketCalls.SO_ERROR},
            {"SO_BROADCAST", SocketCalls.SO_BROADCAST}, {"SO_SNDBUF", SocketCalls.SO_SNDBUF},
            {"SO_RCVBUF", SocketCalls.SO_RCVBUF}, {"SO_KEEPALIVE", SocketCalls.SO_KEEPALIVE},
            {"SO_LINGER", SocketCalls.SO_LINGER}, {"SO_REUSEPORT", SocketCalls.SO_REUSEPORT},
            {"IPPROTO_IP", 0}, {"IPPROTO_ICMP", 1}, {"IPPROTO_TCP", SocketCalls.IPPROTO_TCP},
            {"IPPROTO_UDP", SocketCalls.IPPROTO_UDP}, {"TCP_NODELAY", SocketCalls.TCP_NODELAY},
            {"MSG_OOB", SocketCalls.MSG_OOB}, {"MSG_PEEK", SocketCalls.MSG_PEEK},
            {"MSG_DONTWAIT", SocketCalls.MSG_DONTWAIT}, {"MSG_WAITALL", SocketCalls.MSG_WAITALL},
            {"MSG_NOSIGNAL", SocketCalls.MSG_NOSIGNAL}, {"SHUT_RD", 0}, {"SHUT_WR", 1}, {"SHUT_RDWR", 2},
            {"SOMAXCONN", SocketCalls.SOMAXCONN}, {"INADDR_ANY", 0}, {"INADDR_LOOPBACK", 0x7F000001},
            {"INADDR_BROADCAST", 0xFFFFFFFFL}, {"EAI_NONAME", EAI_NONAME}, {"EAI_AGAIN", -3}, {"EAI_FAIL", -4},
            {"EAI_FAMILY", -6}, {"EAI_SERVICE", -8}, {"EAI_BADFLAGS", -1}, {"EAI_SOCKTYPE", -7}, {"EAI_MEMORY", -10},
            {"EAI_SYSTEM", -11}, {"EAI_OVERFLOW", -12}, {"EAI_NODATA", -5}, {"EAI_ADDRFAMILY", -9},
            {"AI_PASSIVE", 1}, {"AI_CANONNAME", 2}, {"AI_NUMERICHOST", 4}, {"AI_V4MAPPED", 8}, {"AI_ALL", 16},
            {"AI_ADDRCONFIG", 32}, {"AI_NUMERICSERV", 1024}, {"NI_NUMERICHOST", 1}, {"NI_NUMERICSERV", 2},
            {"NI_NOFQDN", 4}, {"NI_NAMEREQD", 8}, {"NI_DGRAM", 16}, {"NI_MAXHOST", 1025}, {"NI_MAXSERV", 32},
        };
        for (Object[] row : table) {
            String name = (String) row[0];
            long value = ((Number) row[1]).longValue();
            m.add(name, name.startsWith("AF_") ? family(value) : name.startsWith("SOCK_") ? kind(value) : PyInt.of(value));
        }
        m.add("AddressFamily", ADDRESS_FAMILY);
        m.add("SocketKind", SOCKET_KIND);
        m.add("has_ipv6", PyBool.TRUE);
    }

    // ---------------------------------------------------------------- arguments

    // htonl/ntohl take a C unsigned long and then check for 32 bits, with CPython's own texts.
    private static long unsigned32(Interpreter in, String name, PyObject[] a, String[] k) {
        PyObject x = Args.one(name, a, k);
        if (!(x instanceof PyInt i)) {
            throw PyErrors.typeError("'" + x.type().name() + "' object cannot be interpreted as an integer");
        }
        if (i.signum() < 0) {
            throw PyErrors.overflow("can't convert negative value to unsigned int");
        }
        if (i.asBig().bitLength() > 64) {
            throw PyErrors.overflow("Python int too large to convert to C unsigned long");
        }
        if (i.asBig().bitLength() > 32) {
            throw PyErrors.overflow("int larger than 32 bits");
        }
        return i.asLong();
    }

    private static long unsigned(Interpreter in, String name, PyObject[] a, String[] k, int bits) {
        PyObject x = Args.one(name, a, k);
        if (!(x instanceof PyInt i)) {
            throw PyErrors.typeError("'" + x.type().name() + "' object cannot be interpreted as an integer");
        }
        if (i.signum() < 0) {
            throw PyErrors.overflow(name + ": can't convert negative Python int to C " + bits + "-bit unsigned integer");
        }
        if (i.asBig().bitLength() > bits) {
            throw PyErrors.overflow(name + ": Python int too large to convert to C " + bits + "-bit unsigned integer");
        }
        return i.asLong();
    }

    static byte[] bytes(PyObject data) {
        if (data instanceof PyByteArray ba) {
            return java.util.Arrays.copyOf(ba.buffer(), ba.size());
        }
        if (data instanceof PyBytesLike b) {
            return b.bytesView();
        }
        throw PyErrors.typeError("a bytes-like object is required, not '" + data.type().name() + "'");
    }

    /** A str argument, or CPython's "f() argument N must be str, not T". */
    static String text(PyObject value, String function, int position) {
        if (value instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError(function + "() argument " + position + " must be str, not " + value.type().name());
    }

    /** A timeout argument: None → block (-1), else non-negative seconds as nanoseconds. */
    static long timeoutNanos(PyObject value) {
        if (value == PyNone.NONE) {
            return -1;
        }
        if (!Numbers.isNumber(value)) {
            throw PyErrors.typeError("'" + value.type().name() + "' object cannot be interpreted as an integer");
        }
        double seconds = Numbers.toDouble(value);
        if (seconds < 0 || Double.isNaN(seconds)) {
            throw PyErrors.valueError("Timeout value out of range");
        }
        return (long) Math.ceil(seconds * 1e9);
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

    /** The /etc/hosts of the host the calling process runs on. */
    static Resolver resolver(Interpreter in) {
        return process(in).network().resolver();
    }

    static PyRaise gaiError(int code, String message) {
        return new PyRaise(PyException.withArgs(GAIERROR, PyInt.of(code), PyStr.of(message)));
    }

    // ---------------------------------------------------------------- blocking

    /**
     * Tries {@code attempt} now; if it would block, suspends the process until the socket is
     * ready for {@code ops}, then tries again. {@code attempt} returns null while it would block.
     */
    static PyObject blocking(Interpreter in, PySocket s, String call, int ops, Supplier<PyObject> attempt) {
        PyObject now = attempt.get();
        if (now != null) {
            return now;
        }
        Process p = process(in);
        throw new BlockSignal(KernelCall.Io.on(call, s.fd, SocketCalls.channelOf(p, s.fd), ops, s.timeoutNanos, attempt::get));
    }

    /** Who sent a datagram, as recvfrom() names it: (host, port), an AF_UNIX path, or None. */
    private static PyObject sender(PySocket s, org.enchufe.kernel.DatagramSocket.Datagram got) {
        return s.family == SocketCalls.AF_UNIX
                ? (got.fromPath() == null ? PyNone.NONE : PySocket.unixName(got.fromPath()))
                : got.from() == null ? PyNone.NONE : PySocket.address(got.from());
    }

    // recv_into()/recvfrom_into()'s buffer: a bytearray the call may write.
    private static PyByteArray writableBuffer(String call, PyObject buffer) {
        if (!(buffer instanceof PyByteArray writable)) {
            throw PyErrors.typeError(call + "() argument 1 must be read-write bytes-like object, not " + buffer.type().name());
        }
        return writable;
    }

    // How many bytes recv_into()/recvfrom_into() may read: nbytes, or the whole buffer for 0 or None.
    private static int bytesToRead(Interpreter in, String call, PyByteArray buffer, PyObject nbytes, String tooBig) {
        int n = nbytes == null ? 0 : Ops.index(in, nbytes);
        if (n < 0) {
            throw PyErrors.valueError("negative buffersize in " + call);
        }
        if (n > buffer.size()) {
            throw PyErrors.valueError(tooBig);
        }
        return n == 0 ? buffer.size() : n;
    }

    private static PySocket self(PyObject self) {
        return (PySocket) self;
    }

    private static int flags(Interpreter in, PyObject flags) {
        return flags == null ? 0 : Ops.index(in, flags);
    }

    // ---------------------------------------------------------------- the socket class

    static {
        PyType t = PySocket.TYPE;
        t.withConstructor((in, type, a, k) -> {
            PyObject[] b = Args.bind("socket", a, k, 0, "family", "type", "proto", "fileno");
            if (b[3] != null && b[3] != PyNone.NONE) {
                // A socket object for a descriptor the process already has (no new socket, no dup).
                Process p = process(in);
                int fd = Ops.index(in, b[3]);
                if (fd < 0) {
                    throw PyErrors.valueError("negative file descriptor");
                }
                int[] found = SocketCalls.describe(p, fd);
                int family = b[0] == null || b[0] == PyNone.NONE ? found[0] : Ops.index(in, b[0]);
                int kind = b[1] == null || b[1] == PyNone.NONE ? found[1] : Ops.index(in, b[1]);
                int proto = b[2] == null || b[2] == PyNone.NONE ? 0 : Ops.index(in, b[2]);
                return new PySocket(fd, family, kind, proto, p.defaultSocketTimeout());
            }
            int family = b[0] == null || b[0] == PyNone.NONE ? SocketCalls.AF_INET : Ops.index(in, b[0]);
            int kind = b[1] == null || b[1] == PyNone.NONE ? SocketCalls.SOCK_STREAM : Ops.index(in, b[1]);
            int proto = b[2] == null || b[2] == PyNone.NONE ? 0 : Ops.index(in, b[2]);
            if (family == -1) {
                family = SocketCalls.AF_INET;
            }
            if (kind == -1) {
                kind = SocketCalls.SOCK_STREAM;
            }
            if (proto == -1) {
                proto = 0;
            }
            Process p = process(in);
            int fd = SocketCalls.socket(p, family, kind, proto);
            long timeout = (kind & SocketCalls.SOCK_NONBLOCK) != 0 ? 0 : p.defaultSocketTimeout();
            return new PySocket(fd, family, kind & ~(SocketCalls.SOCK_NONBLOCK | SocketCalls.SOCK_CLOEXEC), proto, timeout);
        });
        t.method("fileno", (in, self, a, k) -> {
            Args.none("fileno", a, k);
            return PyInt.of(self(self).fd);
        });
        t.method("close", (in, self, a, k) -> {
            Args.none("close", a, k);
            close(in, self(self));
            return PyNone.NONE;
        });
        t.method("makefile", (in, self, a, k) -> {
            PyObject[] b = Args.bind("makefile", a, k, 0, "mode", "buffering", "encoding", "errors", "newline");
            String mode = b[0] == null ? "r" : b[0] instanceof PyStr m ? m.value()
                    : throwType("makefile() argument 'mode' must be str, not " + b[0].type().name());
            return SocketFile.open(self(self), mode);
        });
        t.method("detach", (in, self, a, k) -> {
            Args.none("detach", a, k);
            PySocket s = self(self);
            int fd = s.fd;
            s.fd = -1;
            return PyInt.of(fd);
        });
        t.method("__enter__", (in, self, a, k) -> self);
        t.method("__exit__", (in, self, a, k) -> {
            close(in, self(self));
            return PyNone.NONE;
        });
        t.method("bind", (in, self, a, k) -> {
            PyObject address = Args.one("bind", a, k);
            if (self(self).family == SocketCalls.AF_UNIX) {
                UnixCalls.bind(process(in), self(self).fd, unixAddress(address));
                return PyNone.NONE;
            }
            Sockaddr.Inet addr = inetAddress(in, "bind", address, self(self).family);
            SocketCalls.bind(process(in), self(self).fd, addr.host(), addr.port());
            return PyNone.NONE;
        });
        t.method("listen", (in, self, a, k) -> {
            Args.range("listen", a, k, 0, 1);
            int backlog = a.length == 0 ? Math.min(SocketCalls.SOMAXCONN, 128) : Ops.index(in, a[0]);
            SocketCalls.listen(process(in), self(self).fd, Math.max(0, backlog));
            return PyNone.NONE;
        });
        t.method("accept", (in, self, a, k) -> {
            Args.none("accept", a, k);
            PySocket s = self(self);
            Process p = process(in);
            return blocking(in, s, "accept", SelectionKey.OP_ACCEPT, () -> {
                SocketCalls.Accepted got = SocketCalls.accept(p, s.fd, s.nonBlocking());
                if (got == null) {
                    return null;
                }
                PySocket conn = new PySocket(got.fd(), s.family, s.type, s.proto, p.defaultSocketTimeout());
                return PyTuple.of(conn, PySocket.address(got.peer()));
            });
        });
        t.method("connect", (in, self, a, k) -> connect(in, self(self), Args.one("connect", a, k), false));
        t.method("connect_ex", (in, self, a, k) -> connect(in, self(self), Args.one("connect_ex", a, k), true));
        t.method("send", (in, self, a, k) -> {
            Args.range("send", a, k, 1, 2);
            PySocket s = self(self);
            byte[] data = bytes(a[0]);
            int flags = flags(in, a.length > 1 ? a[1] : null);
            Process p = process(in);
            return blocking(in, s, "send", SelectionKey.OP_WRITE, () -> {
                Integer sent = SocketCalls.send(p, s.fd, data, 0, data.length, flags, s.nonBlocking());
                return sent == null ? null : PyInt.of(sent);
            });
        });
        t.method("sendall", (in, self, a, k) -> {
            Args.range("sendall", a, k, 1, 2);
            PySocket s = self(self);
            byte[] data = bytes(a[0]);
            int flags = flags(in, a.length > 1 ? a[1] : null);
            Process p = process(in);
            int[] offset = {0};
            return blocking(in, s, "sendall", SelectionKey.OP_WRITE, () -> {
                do {
                    Integer sent = SocketCalls.send(p, s.fd, data, offset[0], data.length - offset[0], flags, s.nonBlocking());
                    if (sent == null) {
                        return null;
                    }
                    offset[0] += sent;
                } while (offset[0] < data.length);
                return PyNone.NONE;
            });
        });
        t.method("recv", (in, self, a, k) -> {
            Args.range("recv", a, k, 1, 2);
            PySocket s = self(self);
            int max = Ops.index(in, a[0]);
            if (max < 0) {
                throw PyErrors.valueError("negative buffersize in recv");
            }
            int flags = flags(in, a.length > 1 ? a[1] : null);
            Process p = process(in);
            return blocking(in, s, "recv", SelectionKey.OP_READ, receiver(p, s, max, flags, PyBytes::new));
        });
        t.method("recv_into", (in, self, a, k) -> {
            PyObject[] b = Args.bind("recv_into", a, k, 1, "buffer", "nbytes", "flags");
            PyByteArray buffer = writableBuffer("recv_into", b[0]);
            int max = bytesToRead(in, "recv_into", buffer, b[1], "buffer too small for requested bytes");
            PySocket s = self(self);
            Process p = process(in);
            return blocking(in, s, "recv_into", SelectionKey.OP_READ, receiver(p, s, max, flags(in, b[2]), data -> {
                buffer.writeAt(0, data, data.length);
                return PyInt.of(data.length);
            }));
        });
        t.method("sendto", (in, self, a, k) -> {
            Args.range("sendto", a, k, 2, 3);
            PySocket s = self(self);
            byte[] data = bytes(a[0]);
            int flags = a.length == 3 ? flags(in, a[1]) : 0;
            Process p = process(in);
            if (s.family == SocketCalls.AF_UNIX) {
                UnixAddress to = unixAddress(a[a.length - 1]);
                return PyInt.of(UnixCalls.sendto(p, s.fd, data, flags, to));
            }
            Sockaddr.Inet to = inetAddress(in, "sendto", a[a.length - 1], s.family);
            return blocking(in, s, "sendto", SelectionKey.OP_WRITE, () -> {
                Integer sent = SocketCalls.sendto(p, s.fd, data, flags, to.host(), to.port(), s.nonBlocking());
                return sent == null ? null : PyInt.of(sent);
            });
        });
        t.method("recvfrom", (in, self, a, k) -> {
            Args.range("recvfrom", a, k, 1, 2);
            PySocket s = self(self);
            int max = Ops.index(in, a[0]);
            if (max < 0) {
                throw PyErrors.valueError("negative buffersize in recvfrom");
            }
            int flags = flags(in, a.length > 1 ? a[1] : null);
            Process p = process(in);
            return blocking(in, s, "recvfrom", SelectionKey.OP_READ, () -> {
                var got = SocketCalls.recvfrom(p, s.fd, max, flags, s.nonBlocking());
                if (got == null) {
                    return null;
                }
                return PyTuple.of(new PyBytes(got.data()), sender(s, got));
            });
        });
        t.method("recvfrom_into", (in, self, a, k) -> {
            PyObject[] b = Args.bind("recvfrom_into", a, k, 1, "buffer", "nbytes", "flags");
            PyByteArray buffer = writableBuffer("recvfrom_into", b[0]);
            int max = bytesToRead(in, "recvfrom_into", buffer, b[1], "nbytes is greater than the length of the buffer");
            int flags = flags(in, b[2]);
            PySocket s = self(self);
            Process p = process(in);
            return blocking(in, s, "recvfrom_into", SelectionKey.OP_READ, () -> {
                var got = SocketCalls.recvfrom(p, s.fd, max, flags, s.nonBlocking());
                if (got == null) {
                    return null;
                }
                buffer.writeAt(0, got.data(), got.data().length);
                return PyTuple.of(PyInt.of(got.data().length), sender(s, got));
            });
        });
        t.method("shutdown", (in, self, a, k) -> {
            int how = Ops.index(in, Args.one("shutdown", a, k));
            SocketCalls.shutdown(process(in), self(self).fd, how);
            return PyNone.NONE;
        });
        t.method("getsockname", (in, self, a, k) -> {
            Args.none("getsockname", a, k);
            Sockaddr.Inet name = SocketCalls.getsockname(process(in), self(self).fd);
            return name == null ? PySocket.unixName(process(in), self(self).fd, true) : PySocket.address(name);
        });
        t.method("getpeername", (in, self, a, k) -> {
            Args.none("getpeername", a, k);
            Sockaddr.Inet name = SocketCalls.getpeername(process(in), self(self).fd);
            return name == null ? PySocket.unixName(process(in), self(self).fd, false) : PySocket.address(name);
        });
        t.method("setsockopt", (in, self, a, k) -> {
            Args.range("setsockopt", a, k, 3, 3);
            int level = Ops.index(in, a[0]);
            int option = Ops.index(in, a[1]);
            int value = a[2] instanceof PyBytesLike ? 0 : Ops.index(in, a[2]);
            SocketCalls.setsockopt(process(in), self(self).fd, level, option, value);
            return PyNone.NONE;
        });
        t.method("getsockopt", (in, self, a, k) -> {
            Args.range("getsockopt", a, k, 2, 3);
            int value = SocketCalls.getsockopt(process(in), self(self).fd, Ops.index(in, a[0]), Ops.index(in, a[1]));
            return PyInt.of(value);
        });
        t.method("settimeout", (in, self, a, k) -> {
            self(self).timeoutNanos = timeoutNanos(Args.one("settimeout", a, k));
            return PyNone.NONE;
        });
        t.method("gettimeout", (in, self, a, k) -> {
            Args.none("gettimeout", a, k);
            return self(self).timeout();
        });
        t.method("setblocking", (in, self, a, k) -> {
            boolean blocking = Args.one("setblocking", a, k).truthy(in);
            self(self).timeoutNanos = blocking ? -1 : 0;
            return PyNone.NONE;
        });
        t.method("getblocking", (in, self, a, k) -> {
            Args.none("getblocking", a, k);
            return PyBool.of(self(self).timeoutNanos != 0);
        });
    }

    /** close(): marks the socket closed; the descriptor goes once no makefile() file holds it, as in CPython. */
    private static void close(Interpreter in, PySocket s) {
        s.closing = true;
        s.closeIfUnused(process(in));
    }

    /** Raises TypeError where an expression needs a value of some type (a conditional's failing branch). */
    static <T> T throwType(String message) {
        throw PyErrors.typeError(message);
    }

    private static Supplier<PyObject> receiver(Process p, PySocket s, int max, int flags,
                                               java.util.function.Function<byte[], PyObject> result) {
        if ((flags & SocketCalls.MSG_WAITALL) == 0) {
            return () -> {
                byte[] data = SocketCalls.recv(p, s.fd, max, flags, s.nonBlocking());
                return data == null ? null : result.apply(data);
            };
        }
        // MSG_WAITALL: one call that returns once max bytes (or the end of the stream) arrived.
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        return () -> {
            byte[] data = SocketCalls.recvAll(p, s.fd, max, flags, s.nonBlocking(), got);
            return data == null ? null : result.apply(data);
        };
    }

    private static PyObject connect(Interpreter in, PySocket s, PyObject address, boolean ex) {
        boolean unix = s.family == SocketCalls.AF_UNIX;
        UnixAddress path = unix ? unixAddress(address) : null;
        Sockaddr.Inet addr = unix ? null : inetAddress(in, ex ? "connect_ex" : "connect", address, s.family);
        Process p = process(in);
        PyObject connected = ex ? PyInt.of(0) : PyNone.NONE;
        PyObject now = connectResult(ex, () -> (unix ? UnixCalls.connect(p, s.fd, path, s.nonBlocking())
                : SocketCalls.connect(p, s.fd, addr.host(), addr.port(), s.nonBlocking())) ? connected : null);
        if (now != null) {
            return now;
        }
        return awaitConnect(in, s, () -> connectResult(ex, () -> SocketCalls.finishConnect(p, s.fd) ? connected : null), null);
    }

    /**
     * Waits for a connect() in progress to finish, {@code finish} saying how it did. One nobody will
     * answer (a firewall drops it) waits for the socket's timeout (TimeoutError) or the topology's
     * connect timeout (ETIMEDOUT), whichever ends first.
     */
    private static PyObject awaitConnect(Interpreter in, PySocket s, KernelCall.Attempt finish, KernelCall.Attempt timedOut) {
        Process p = process(in);
        long unanswered = SocketCalls.unansweredFor(p, s.fd);
        if (unanswered >= 0) {
            boolean socketFirst = s.timeoutNanos >= 0 && s.timeoutNanos < unanswered;
            throw new BlockSignal(new KernelCall.Io("connect", s.fd, java.util.List.of(),
                    socketFirst ? s.timeoutNanos : unanswered, finish, socketFirst ? timedOut : finish));
        }
        PyObject now = finish.tryNow();
        if (now != null) {
            return now;
        }
        java.nio.channels.SelectableChannel channel = SocketCalls.channelOf(p, s.fd);
        throw new BlockSignal(new KernelCall.Io("connect", s.fd, channel == null ? java.util.List.of()
                : java.util.List.of(new KernelCall.Wait(channel, SelectionKey.OP_CONNECT)), s.timeoutNanos, finish, timedOut));
    }

    // connect_ex() answers with the errno connect() would raise.
    private static PyObject connectResult(boolean ex, Supplier<PyObject> attempt) {
        try {
            return attempt.get();
        } catch (PyRaise failed) {
            if (ex && failed.exception().attr("errno") instanceof PyInt errno) {
                return errno;
            }
            throw failed;
        }
    }

    /** create_server(): a listening TCP socket with SO_REUSEADDR, as CPython makes it on POSIX. */
    private static PyObject createServer(Interpreter in, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("create_server", a, k, 1, "address", "family", "backlog", "reuse_port", "dualstack_ipv6");
        int family = b[1] == null ? SocketCalls.AF_INET : Ops.index(in, b[1]);
        if (family != SocketCalls.AF_INET) {
            throw PyErrors.notImplemented("create_server() for family " + family);
        }
        Process p = process(in);
        Sockaddr.Inet addr = inetAddress(in, "bind", b[0]);
        int fd = SocketCalls.socket(p, SocketCalls.AF_INET, SocketCalls.SOCK_STREAM, 0);
        PySocket s = new PySocket(fd, SocketCalls.AF_INET, SocketCalls.SOCK_STREAM, 0, p.defaultSocketTimeout());
        try {
            SocketCalls.setsockopt(p, fd, SocketCalls.SOL_SOCKET, SocketCalls.SO_REUSEADDR, 1);
            if (b[3] != null && b[3].truthy(in)) {
                SocketCalls.setsockopt(p, fd, SocketCalls.SOL_SOCKET, SocketCalls.SO_REUSEPORT, 1);
            }
            try {
                SocketCalls.bind(p, fd, addr.host(), addr.port());
            } catch (PyRaise failed) {
                PyObject errno = failed.exception().attr("errno");
                PyObject strerror = failed.exception().attr("strerror");
                throw new PyRaise(PyException.withArgs(ExceptionTypes.OS_ERROR, errno, PyStr.of(strerror.str(in)
                        + " (while attempting to bind on address " + b[0].repr(in) + ")")));
            }
            int backlog = b[2] == null || b[2] == PyNone.NONE ? Math.min(SocketCalls.SOMAXCONN, 128) : Ops.index(in, b[2]);
            SocketCalls.listen(p, fd, Math.max(0, backlog));
        } catch (PyRaise failed) {
            SocketCalls.close(p, fd);
            throw failed;
        }
        return s;
    }

    private static PyObject createConnection(Interpreter in, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("create_connection", a, k, 1, "address", "timeout", "source_address");
        if (!(b[0] instanceof PyTuple t) || t.size() != 2) {
            throw PyErrors.valueError("too many values to unpack (expected 2)");
        }
        Process p = process(in);
        Sockaddr.Inet addr = inetAddress(in, "connect", b[0]);
        long timeout = b[1] == null ? p.defaultSocketTimeout() : timeoutNanos(b[1]);
        // CPython takes family, type and protocol from getaddrinfo, which names TCP.
        int fd = SocketCalls.socket(p, SocketCalls.AF_INET, SocketCalls.SOCK_STREAM, SocketCalls.IPPROTO_TCP);
        PySocket s = new PySocket(fd, SocketCalls.AF_INET, SocketCalls.SOCK_STREAM, SocketCalls.IPPROTO_TCP, timeout);
        try {
            if (b[2] != null && b[2] != PyNone.NONE) {
                Sockaddr.Inet source = inetAddress(in, "bind", b[2]);
                SocketCalls.bind(p, fd, source.host(), source.port());
            }
            if (SocketCalls.connect(p, fd, addr.host(), addr.port(), s.nonBlocking())) {
                return s;
            }
        } catch (PyRaise failed) {
            SocketCalls.close(p, fd);
            throw failed;
        }
        // A failure after the wait — an error, or the socket's timeout — closes the socket too, as
        // CPython's create_connection does.
        return awaitConnect(in, s, () -> {
            try {
                return SocketCalls.finishConnect(p, fd) ? s : null;
            } catch (PyRaise failed) {
                SocketCalls.close(p, fd);
                throw failed;
            }
        }, () -> {
            SocketCalls.close(p, fd);
            throw PyErrors.raise(ExceptionTypes.TIMEOUT_ERROR, "timed out");
        });
    }
}
