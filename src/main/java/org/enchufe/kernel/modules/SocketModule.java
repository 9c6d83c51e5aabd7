package org.enchufe.kernel.modules;

import static org.enchufe.kernel.modules.SocketAddresses.ipv4Only;
import static org.enchufe.kernel.modules.SocketAddresses.resolve;

import java.nio.channels.SelectionKey;
import java.util.List;
import java.util.function.Supplier;

import org.enchufe.kernel.KernelCall;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.Readiness;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.kernel.net.Ipv4;
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
            new MethodDef("create_connection", SocketConveniences::createConnection),
            new MethodDef("create_server", SocketConveniences::createServer),
            new MethodDef("socketpair", SocketModule::socketpair),
            new MethodDef("fromfd", SocketModule::fromfd));

    /** The descriptor a {@code socket.socket} object stands for (-1 once closed); null for any other value. */
    public static Integer descriptorOf(PyObject value) {
        return value instanceof PySocket s ? (s.closing ? -1 : s.fd) : null;
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("socket");
        SocketEnums.constants(m);
        m.add("socket", PySocket.TYPE);
        m.add("SocketType", PySocket.BASE);
        m.add("SocketIO", SocketIO.TYPE);
        m.add("error", ExceptionTypes.OS_ERROR);
        m.add("timeout", ExceptionTypes.TIMEOUT_ERROR);
        m.add("gaierror", GAIERROR);
        m.add("herror", HERROR);
        MethodDef.addFunctions(m, FUNCTIONS);
        MethodDef.addFunctions(m, SocketResolver.FUNCTIONS);
        MethodDef.addFunctions(m, SocketHostFunctions.FUNCTIONS);
        MethodDef.addFunctions(m, SocketMessageMethods.FUNCTIONS);
        // As an imported module of CPython's has them: its file, the builtins, and what * exports.
        m.add("__file__", PyStr.of("/usr/lib/python3.11/socket.py"));
        m.add("__builtins__", new PyModule("builtins", in.builtins()));
        m.add("__all__", exported(m));
        return m;
    }


    /** CPython's socket.__all__ (socket-all.txt), without the names this module leaves out (CAPI). */
    private static org.enchufe.lang.runtime.PyList exported(PyModule m) {
        org.enchufe.lang.runtime.PyList all = new org.enchufe.lang.runtime.PyList();
        for (String name : ALL) {
            if (m.dict().getStr(name) != null) {
                all.append(PyStr.of(name));
            }
        }
        return all;
    }

    private static final List<String> ALL = readAll();

    private static List<String> readAll() {
        try (java.io.InputStream in = SocketModule.class.getResourceAsStream("socket-all.txt")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.startsWith("#"))
                    .flatMap(line -> java.util.Arrays.stream(line.trim().split(" +"))).filter(n -> !n.isEmpty()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
}
