package org.enchufe.kernel.modules;

import java.util.List;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyNone;

/**
 * {@code socket.get_inheritable()} and {@code set_inheritable()}: the descriptor's close-on-exec
 * flag, off (not inheritable) for every new socket as Python makes them. A sandbox runs no other
 * program, so nothing reads the flag but these; a forked child keeps it, as Linux's fork does.
 */
final class SocketInheritance {

    private SocketInheritance() {
    }

    static final List<MethodDef> METHODS = List.of(
            new MethodDef("get_inheritable", (in, self, a, k) -> {
                Args.none("get_inheritable", a, k);
                return PyBool.of(open((PySocket) self).inheritable);
            }),
            new MethodDef("set_inheritable", (in, self, a, k) -> {
                boolean inheritable = Ops.index(in, Args.one("set_inheritable", a, k)) != 0;
                open((PySocket) self).inheritable = inheritable;
                return PyNone.NONE;
            }));

    private static PySocket open(PySocket socket) {
        if (socket.fd < 0) {
            throw PyErrors.osError(Errno.EBADF);
        }
        return socket;
    }
}
