package org.enchufe.kernel.modules;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.kernel.SocketCalls;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.Interpreter;

/**
 * The socket module's functions about the host and its descriptors: {@code close} and {@code dup}
 * of a bare descriptor, the host's network interfaces ({@code if_nameindex} and friends),
 * {@code sethostname} and the ancillary-data sizes {@code CMSG_LEN}/{@code CMSG_SPACE}.
 *
 * <p>A sandbox host's interfaces are its loopback, {@code lo} (index 1), and one {@code ethN} per
 * address the topology gives it, in the topology's order (index 2, 3…). Programs run as an ordinary
 * user, so {@code sethostname} is EPERM, as it is for one on Linux.
 */
final class SocketHostFunctions {

    private SocketHostFunctions() {
    }

    static final List<MethodDef> FUNCTIONS = List.of(
            new MethodDef("close", SocketHostFunctions::close),
            new MethodDef("dup", SocketHostFunctions::dup),
            new MethodDef("sethostname", SocketHostFunctions::sethostname),
            new MethodDef("if_nameindex", SocketHostFunctions::ifNameindex),
            new MethodDef("if_nametoindex", SocketHostFunctions::ifNametoindex),
            new MethodDef("if_indextoname", SocketHostFunctions::ifIndextoname),
            new MethodDef("CMSG_LEN", SocketHostFunctions::cmsgLen),
            new MethodDef("CMSG_SPACE", SocketHostFunctions::cmsgSpace));

    /** {@code struct cmsghdr}'s size on Linux x86-64, and the alignment of what follows it. */
    private static final int CMSG_HEADER = 16;
    private static final int CMSG_ALIGN = 8;

    private static PyObject close(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        SocketCalls.close(SocketModule.process(i), Ops.index(i, Args.one("close", a, k)));
        return PyNone.NONE;
    }

    private static PyObject dup(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        return PyInt.of(SocketCalls.dup(SocketModule.process(i), Ops.index(i, a[0])));
    }

    private static PyObject sethostname(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        name(Args.one("sethostname", a, k));
        throw PyErrors.osError(Errno.EPERM);
    }

    /** The host's interfaces by index: lo first, then one ethN per address. */
    private static List<String> interfaces(Interpreter i) {
        List<String> names = new ArrayList<>();
        names.add("lo");
        int n = SocketModule.process(i).network().addresses().size();
        for (int e = 0; e < n; e++) {
            names.add("eth" + e);
        }
        return names;
    }

    private static PyObject ifNameindex(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        // METH_NOARGS names the C module: "_socket.if_nameindex() takes no arguments".
        Args.none("_socket.if_nameindex", a, k);
        PyList out = new PyList();
        List<String> names = interfaces(i);
        for (int n = 0; n < names.size(); n++) {
            out.append(PyTuple.of(PyInt.of(n + 1), PyStr.of(names.get(n))));
        }
        return out;
    }

    private static PyObject ifNametoindex(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        int index = interfaces(i).indexOf(name(a[0]));
        if (index < 0) {
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, "no interface with this name");
        }
        return PyInt.of(index + 1);
    }

    private static PyObject ifIndextoname(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        PyObject x = a[0];
        if (!(x instanceof PyInt index)) {
            throw PyErrors.typeError("an integer is required");
        }
        if (index.signum() < 0) {
            throw PyErrors.overflow("can't convert negative value to unsigned int");
        }
        List<String> names = interfaces(i);
        if (index.asBig().bitLength() > 32 || index.asLong() < 1 || index.asLong() > names.size()) {
            throw PyErrors.osError(Errno.ENXIO);
        }
        return PyStr.of(names.get((int) index.asLong() - 1));
    }

    private static PyObject cmsgLen(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        return PyInt.of(CMSG_HEADER + cmsgData(i, "CMSG_LEN", a, k));
    }

    private static PyObject cmsgSpace(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        long data = cmsgData(i, "CMSG_SPACE", a, k);
        return PyInt.of(CMSG_HEADER + (data + CMSG_ALIGN - 1) / CMSG_ALIGN * CMSG_ALIGN);
    }

    private static long cmsgData(Interpreter i, String name, PyObject[] a, String[] k) {
        PyObject x = Args.one(name, a, k);
        int length = Ops.index(i, x);
        if (length < 0 || length > Integer.MAX_VALUE - CMSG_HEADER - CMSG_ALIGN) {
            throw PyErrors.overflow(name + "() argument out of range");
        }
        return length;
    }

    /** A host or interface name: str or bytes, as CPython's path converter takes it. */
    private static String name(PyObject x) {
        if (x instanceof PyStr str) {
            return str.value();
        }
        if (x instanceof PyBytesLike bytes && !(x instanceof org.enchufe.lang.runtime.PyByteArray)) {
            return new String(bytes.bytesView(), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PyErrors.typeError("expected str, bytes or os.PathLike object, not " + x.type().name());
    }
}
