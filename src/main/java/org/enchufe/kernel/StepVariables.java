package org.enchufe.kernel;

import java.util.List;

import org.enchufe.kernel.modules.SocketModule;
import org.enchufe.lang.runtime.BoundedRepr;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.vm.FrameVariables;

/**
 * Step mode's variables view: what a stopped process's current frame holds (Python Tutor's frames,
 * VS Code's Variables), each value as a bounded repr, a socket as its descriptor, addresses and
 * state as this sandbox's kernel has them.
 */
public final class StepVariables {

    /** Names shown at most in each list. */
    static final int NAMES = 40;
    /** Characters of a value shown at most. */
    static final int REPR = 120;

    private StepVariables() {
    }

    /**
     * @param locals      the current frame's names (at module level, the module's)
     * @param globals     the module's names, for a frame inside a function
     * @param moduleLevel the process stands in the module's own code
     */
    public record VariablesView(List<VariableView> locals, List<VariableView> globals, boolean moduleLevel) {
    }

    /** A name, its value's type and bounded repr, and for a socket what the kernel knows of it. */
    public record VariableView(String name, String type, String repr, SocketView socket) {
    }

    /** A socket variable: its descriptor (-1 once closed), its two addresses and its state. */
    public record SocketView(int fd, String local, String remote, String state) {
    }

    /** What stopped process {@code p} can see where it stands. */
    static VariablesView of(Process p) {
        FrameVariables frame = FrameVariables.of(p.thread(), NAMES);
        List<VariableView> locals = frame.locals().stream().map(v -> view(p, v)).toList();
        List<VariableView> globals = frame.moduleLevel() ? List.of() : frame.globals().stream().map(v -> view(p, v)).toList();
        return new VariablesView(locals, globals, frame.moduleLevel());
    }

    private static VariableView view(Process p, FrameVariables.Variable v) {
        SocketView socket = socket(p, v.value());
        return new VariableView(v.name(), v.value().type().name(), BoundedRepr.of(v.value(), REPR), socket);
    }

    private static SocketView socket(Process p, PyObject value) {
        Integer fd = SocketModule.descriptorOf(value);
        if (fd == null) {
            return null;
        }
        if (fd < 0 || !(p.descriptors().get(fd) instanceof SocketObject s)) {
            return new SocketView(-1, null, null, "CLOSED");
        }
        // A connect() still on its way has no other end yet.
        String remote = s.state() == org.enchufe.events.SocketState.SYN_SENT ? null : s.remoteShown();
        return new SocketView(fd, s.localShown(), remote, s.state().name());
    }
}
