package org.enchufe.kernel.modules;

import java.nio.channels.SelectionKey;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.KernelCall;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.Readiness;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.kernel.UnixAddress;
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
    static final PyType MSG_FLAG = org.enchufe.lang.runtime.PyIntEnumMember.flagType("socket", "MsgFlag",
            org.enchufe.lang.runtime.PyIntEnumMember.FlagStyle.CONVERTED);
    static final PyType ADDRESS_INFO = org.enchufe.lang.runtime.PyIntEnumMember.flagType("socket", "AddressInfo",
            org.enchufe.lang.runtime.PyIntEnumMember.FlagStyle.CONVERTED);
    private static final Map<Long, PyObject> FAMILIES = members(ADDRESS_FAMILY, SocketConstants.FAMILIES);
    private static final Map<Long, PyObject> KINDS = members(SOCKET_KIND, SocketConstants.KINDS);
    private static final Map<Long, PyObject> MSG_FLAGS = members(MSG_FLAG, SocketConstants.MSG_FLAGS);
    private static final Map<Long, PyObject> ADDRESS_INFOS = members(ADDRESS_INFO, SocketConstants.ADDRESS_INFO);

    /** An enum's members by value; the first name of a value is its canonical one (AF_ROUTE is AF_NETLINK). */
    private static Map<Long, PyObject> members(PyType type, Object[][] table) {
        Map<Long, PyObject> out = new java.util.HashMap<>();
        for (Object[] row : table) {
            long value = (Long) row[1];
            out.putIfAbsent(value, new org.enchufe.lang.runtime.PyIntEnumMember(type, (String) row[0], value));
        }
        return out;
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

    /** The module's functions (socketmodule.c's {@code socket_methods}); the resolver's are in {@link SocketResolver}. */
    private static final List<MethodDef> FUNCTIONS = List.of(
            new MethodDef("htons", SocketModule::htons),
            new MethodDef("ntohs", SocketModule::ntohs),
            new MethodDef("htonl", SocketModule::htonl),
            new MethodDef("has_dualstack_ipv6", SocketModule::hasDualstackIpv6),
            new MethodDef("ntohl", SocketModule::ntohl),
            new MethodDef("inet_aton", SocketModule::inetAton),
            new MethodDef("inet_ntoa", SocketModule::inetNtoa),
            new MethodDef("gethostname", SocketModule::gethostname),
            new MethodDef("gethostbyname", SocketModule::gethostbyname),
            new MethodDef("getdefaulttimeout", SocketModule::getdefaulttimeout),
            new MethodDef("setdefaulttimeout", SocketModule::setdefaulttimeout),
            new MethodDef("getservbyname", SocketModule::getservbyname),
            new MethodDef("getservbyport", SocketModule::getservbyport),
            new MethodDef("getprotobyname", SocketModule::getprotobyname),
            new MethodDef("create_connection", SocketModule::createConnection),
            new MethodDef("create_server", SocketModule::createServer),
            new MethodDef("socketpair", SocketModule::socketpair),
            new MethodDef("fromfd", SocketModule::fromfd));

    /** The descriptor a {@code socket.socket} object stands for (-1 once closed); null for any other value. */
    public static Integer descriptorOf(PyObject value) {
        return value instanceof PySocket s ? (s.closing ? -1 : s.fd) : null;
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("socket");
        constants(m);
        m.add("socket", PySocket.TYPE);
        m.add("SocketType", PySocket.BASE);
        m.add("SocketIO", SocketFile.RAW);
        m.add("error", ExceptionTypes.OS_ERROR);
        m.add("timeout", ExceptionTypes.TIMEOUT_ERROR);
        m.add("gaierror", GAIERROR);
        m.add("herror", HERROR);
        MethodDef.addFunctions(m, FUNCTIONS);
        MethodDef.addFunctions(m, SocketResolver.FUNCTIONS);
        MethodDef.addFunctions(m, SocketHostFunctions.FUNCTIONS);
        return m;
    }


    // ---------------------------------------------------------------- the module's functions

    private static PyObject htons(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        return PyInt.of(Short.toUnsignedInt(Short.reverseBytes((short) unsigned(i, "htons", a, k, 16))));
    }

    private static PyObject ntohs(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        return PyInt.of(Short.toUnsignedInt(Short.reverseBytes((short) unsigned(i, "ntohs", a, k, 16))));
    }

    private static PyObject htonl(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        return PyInt.of(Integer.toUnsignedLong(Integer.reverseBytes((int) unsigned32(i, "htonl", a, k))));
    }

    private static PyObject hasDualstackIpv6(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        // Every sandbox host has IPv6 and its sockets are dual-stack, as Linux's by default.
        return org.enchufe.lang.runtime.PyBool.TRUE;
    }

    private static PyObject ntohl(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        return PyInt.of(Integer.toUnsignedLong(Integer.reverseBytes((int) unsigned32(i, "ntohl", a, k))));
    }

    private static PyObject inetAton(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        byte[] packed = Ipv4.aton(text(a[0], "inet_aton", 1));
        if (packed == null) {
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, "illegal IP address string passed to inet_aton");
        }
        return new PyBytes(packed);
    }

    private static PyObject inetNtoa(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        byte[] packed = bytes(a[0]);
        if (packed.length != 4) {
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, "packed IP wrong length for inet_ntoa");
        }
        return PyStr.of(Ipv4.ntoa(packed));
    }

    private static PyObject gethostname(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        String name = process(i).network().name();
        ResolverTrace.hostname(i, name);
        return PyStr.of(name);
    }

    private static PyObject gethostbyname(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        String name = ipv4Only(hostText(a[0], "gethostbyname"));
        if (name.isEmpty() || name.equals("<broadcast>")) {
            return PyStr.of(resolve(i, name));
        }
        return PyStr.of(SocketResolver.lookup(i, "gethostbyname", name).address());
    }

    private static PyObject getdefaulttimeout(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        long t = process(i).defaultSocketTimeout();
        return t < 0 ? PyNone.NONE : org.enchufe.lang.runtime.PyFloat.of(t / 1e9);
    }

    private static PyObject setdefaulttimeout(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        process(i).setDefaultSocketTimeout(timeoutNanos(Args.one("setdefaulttimeout", a, k)));
        return PyNone.NONE;
    }

    private static PyObject getservbyname(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        String name = text(a[0], "getservbyname", 1);
        String proto = a.length > 1 ? text(a[1], "getservbyname", 2) : null;
        java.util.Optional<Services.Service> found = Services.byName(name, proto);
        if (found.isEmpty()) {
            ResolverTrace.failed(i, "getservbyname", name, "NOT_FOUND", "service/proto not found", "files");
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, "service/proto not found");
        }
        ResolverTrace.answered(i, "getservbyname", name, org.enchufe.kernel.net.Resolver.Source.FILES, found.get().port());
        return PyInt.of(found.get().port());
    }

    private static PyObject getservbyport(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        int port = Ops.index(i, a[0]);
        if (port < 0 || port > 65535) {
            throw PyErrors.overflow("getservbyport: port must be 0-65535.");
        }
        String proto = a.length > 1 ? text(a[1], "getservbyport", 2) : null;
        java.util.Optional<Services.Service> found = Services.byPort(port, proto);
        if (found.isEmpty()) {
            ResolverTrace.failed(i, "getservbyport", port, "NOT_FOUND", "port/proto not found", "files");
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, "port/proto not found");
        }
        ResolverTrace.answered(i, "getservbyport", port, org.enchufe.kernel.net.Resolver.Source.FILES,
                found.get().name());
        return PyStr.of(found.get().name());
    }

    private static PyObject getprotobyname(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        String name = text(a[0], "getprotobyname", 1);
        return Services.protocol(name).map(n -> (PyObject) PyInt.of(n))
                .orElseThrow(() -> PyErrors.raise(ExceptionTypes.OS_ERROR, "protocol not found"));
    }

    /** fromfd(fd, family, type, proto=0): a socket object on a copy of {@code fd} (socket.py's fromfd). */
    private static PyObject fromfd(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        PyObject[] b = Args.bindDef("fromfd", false, a, k, 3, "fd", "family", "type", "proto");
        int fd = Ops.index(i, b[0]);
        int family = Ops.index(i, b[1]);
        int kind = Ops.index(i, b[2]);
        int proto = b[3] == null ? 0 : Ops.index(i, b[3]);
        Process p = process(i);
        int copy = SocketCalls.dup(p, fd);
        return new PySocket(copy, family, kind, proto, p.defaultSocketTimeout());
    }

    private static PyObject socketpair(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        PyObject[] b = Args.bindDef("socketpair", false, a, k, 0, "family", "type", "proto");
        int family = b[0] == null || b[0] == PyNone.NONE ? SocketCalls.AF_UNIX : Ops.index(i, b[0]);
        int kind = b[1] == null || b[1] == PyNone.NONE ? SocketCalls.SOCK_STREAM : Ops.index(i, b[1]);
        int proto = b[2] == null || b[2] == PyNone.NONE ? 0 : Ops.index(i, b[2]);
        Process p = process(i);
        int[] fds = SocketCalls.socketpair(p, family, kind, proto);
        int plain = kind & ~(SocketCalls.SOCK_NONBLOCK | SocketCalls.SOCK_CLOEXEC);
        long timeout = (kind & SocketCalls.SOCK_NONBLOCK) != 0 ? 0 : p.defaultSocketTimeout();
        return PyTuple.of(new PySocket(fds[0], family, plain, proto, timeout), new PySocket(fds[1], family, plain, proto, timeout));
    }

    /** Every constant of CPython's module on Linux x86-64 (SocketConstants), the enums' as their members. */
    private static void constants(PyModule m) {
        Object[][][] tables = {SocketConstants.FAMILIES, SocketConstants.KINDS, SocketConstants.MSG_FLAGS,
            SocketConstants.ADDRESS_INFO, SocketConstants.PLAIN};
        List<Map<Long, PyObject>> enums = List.of(FAMILIES, KINDS, MSG_FLAGS, ADDRESS_INFOS);
        for (int t = 0; t < tables.length; t++) {
            for (Object[] row : tables[t]) {
                long value = (Long) row[1];
                m.add((String) row[0], t < enums.size() ? enums.get(t).get(value) : PyInt.of(value));
            }
        }
        m.add("AddressFamily", ADDRESS_FAMILY);
        m.add("SocketKind", SOCKET_KIND);
        m.add("MsgFlag", MSG_FLAG);
        m.add("AddressInfo", ADDRESS_INFO);
        m.add("has_ipv6", PyBool.TRUE);
    }

    // ---------------------------------------------------------------- arguments

    // htonl/ntohl take a C unsigned long and then check for 32 bits, with CPython's own texts.
    private static long unsigned32(Interpreter in, String name, PyObject[] a, String[] k) {
        PyObject x = Args.one(name, a, k);
        if (!(x instanceof PyInt i)) {
            throw PyErrors.typeError("expected int, " + x.type().name() + " found");
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

    /** A host name given as str, bytes or bytearray (CPython's "et" converter). */
    static String hostText(PyObject value, String function) {
        if (value instanceof PyStr s) {
            return s.value();
        }
        if (value instanceof org.enchufe.lang.runtime.PyBytes || value instanceof PyByteArray) {
            byte[] data = ((PyBytesLike) value).bytesView();
            return new String(data, 0, Ops.len(null, value), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PyErrors.typeError(function + "() argument 1 must be str, bytes or bytearray, not " + value.type().name());
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

    // ---------------------------------------------------------------- blocking

    /**
     * Tries {@code attempt} now; if it would block, suspends the process until the socket is
     * ready for {@code ops}, then tries again. {@code attempt} returns null while it would block.
     */
    static PyObject blocking(Interpreter in, PySocket s, String call, int ops, Supplier<PyObject> attempt) {
        return blocking(in, s, call, ops, attempt, () -> { });
    }

    /**
     * As {@link #blocking(Interpreter, PySocket, String, int, Supplier)}; when the socket's timeout
     * ends the wait, {@code timedOut} is told, the wait is traced and TimeoutError is raised.
     * CPython waits for a socket with a timeout in a poll() of its own: strace shows the one that
     * ran out, {@code poll([{fd=4, events=POLLIN}], 1, 500) = 0 (Timeout)}, and no recv at all.
     */
    static PyObject blocking(Interpreter in, PySocket s, String call, int ops, Supplier<PyObject> attempt, Runnable timedOut) {
        PyObject now = attempt.get();
        if (now != null) {
            return now;
        }
        Process p = process(in);
        int fd = s.fd;
        long timeout = s.timeoutNanos;
        KernelCall.Io io = KernelCall.Io.on(call, fd, SocketCalls.channelOf(p, fd), ops, timeout, attempt::get);
        throw new BlockSignal(new KernelCall.Io(io.call(), fd, io.waits(), timeout, io.attempt(), () -> {
            timedOut.run();
            int events = (ops & SelectionKey.OP_WRITE) != 0 ? Readiness.POLLOUT : Readiness.POLLIN;
            Readiness.reportPoll(p, List.of(new int[] {fd, events}), List.of(), (int) (timeout / 1_000_000));
            throw PyErrors.raise(ExceptionTypes.TIMEOUT_ERROR, "timed out");
        }));
    }

    // ---------------------------------------------------------------- the socket class

    // The socket class is built with the module, as CPython's socket type is with _socket.
    static {
        SocketMethods.register(PySocket.TYPE);
        for (MethodDef def : SocketInheritance.METHODS) {
            PySocket.TYPE.method(def.name(), def.fn());
        }
    }

    /** Raises TypeError where an expression needs a value of some type (a conditional's failing branch). */
    static <T> T throwType(String message) {
        throw PyErrors.typeError(message);
    }

    /**
     * Waits for a connect() in progress to finish, {@code finish} saying how it did. One nobody will
     * answer (a firewall drops it) waits for the socket's timeout (TimeoutError) or the topology's
     * connect timeout (ETIMEDOUT), whichever ends first.
     */
    static PyObject awaitConnect(Interpreter in, PySocket s, KernelCall.Attempt finish, KernelCall.Attempt timedOut) {
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

    /** create_server(): a listening TCP socket with SO_REUSEADDR, as CPython makes it on POSIX. */
    private static PyObject createServer(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bindDef("create_server", false, a, k, 1, "address", "family", "backlog", "reuse_port", "dualstack_ipv6");
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

    private static PyObject createConnection(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bindDef("create_connection", false, a, k, 1, "address", "timeout", "source_address");
        // socket.py: host, port = address.
        PyObject[] hostPort = in.unpackItems(b[0], 2, -1);
        Process p = process(in);
        Sockaddr.Inet addr = inetAddress(in, "connect", PyTuple.of(hostPort[0], hostPort[1]));
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
