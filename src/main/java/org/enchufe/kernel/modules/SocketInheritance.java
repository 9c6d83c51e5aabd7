package org.enchufe.kernel.modules;

import java.util.List;

import org.enchufe.kernel.DescriptorTable;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code socket.get_inheritable()} and {@code set_inheritable()}: the descriptor's close-on-exec
 * flag in the process's descriptor table, the one {@code os.get_inheritable()} reads too — off
 * for every new socket, as Python makes them; a forked child keeps it, as Linux's fork does. A
 * sandbox runs no other program, so nothing else reads it.
 */
final class SocketInheritance {

    private SocketInheritance() {
    }

    static final List<MethodDef> METHODS = List.of(
            new MethodDef("get_inheritable", (in, self, a, k) -> {
                Args.none("get_inheritable", a, k);
                PySocket socket = (PySocket) self;
                return PyBool.of(table(in, socket).inheritable(socket.fd));
            }),
            new MethodDef("set_inheritable", (in, self, a, k) -> {
                boolean inheritable = Ops.index(in, Args.one("set_inheritable", a, k)) != 0;
                PySocket socket = (PySocket) self;
                table(in, socket).setInheritable(socket.fd, inheritable);
                return PyNone.NONE;
            }));

    /** The table holding the socket's descriptor; EBADF when it is closed. */
    private static DescriptorTable table(Interpreter in, PySocket socket) {
        DescriptorTable table = SocketModule.process(in).descriptors();
        if (socket.fd < 0 || table.get(socket.fd) == null) {
            throw PyErrors.osError(Errno.EBADF);
        }
        return table;
    }
}
