package org.enchufe.lang.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;

/**
 * The variables a stopped thread can see where it stands, as a debugger's variables view lists
 * them: the innermost frame's locals (its fast slots and cells; a class body's namespace) and the
 * module's globals. Read only, and only between instructions (a thread stopped by step mode or
 * asleep in a call): nothing is evaluated, so no Python code runs.
 *
 * @param locals      the frame's own names, in the order the code declares them; at module level,
 *                    the module's names (there the two are one namespace)
 * @param globals     the module's names, dunders left out
 * @param moduleLevel the thread stands in the module's own code, not in a function
 */
public record FrameVariables(List<Variable> locals, List<Variable> globals, boolean moduleLevel) {

    /** A bound name and its value. */
    public record Variable(String name, PyObject value) {
    }

    /** Nothing to show: a thread with no frame (finished, or not started). */
    public static final FrameVariables NONE = new FrameVariables(List.of(), List.of(), true);

    /** What {@code thread} sees now; at most {@code limit} names in each list. */
    public static FrameVariables of(ThreadState thread, int limit) {
        Frame frame = thread.innermostFrame();
        if (frame == null) {
            return NONE;
        }
        List<Variable> globals = frame.globals == null ? List.of() : names(frame.globals.map(), limit);
        if (frame.locals == frame.globals) {
            return new FrameVariables(globals, globals, true);
        }
        List<Variable> locals = frame.locals != null ? names(frame.locals.map(), limit) : fast(frame, limit);
        return new FrameVariables(locals, globals, false);
    }

    // A function's locals live in its slots, those a closure shares in cells; an unbound one is null.
    private static List<Variable> fast(Frame frame, int limit) {
        List<Variable> out = new ArrayList<>();
        String[] varnames = frame.code.varnames;
        for (int i = 0; i < varnames.length && out.size() < limit; i++) {
            PyObject value = frame.stack[frame.base + i];
            if (value != null) {
                out.add(new Variable(varnames[i], value));
            }
        }
        if (frame.cells != null) {
            String[] cellvars = frame.code.cellvars;
            String[] freevars = frame.code.freevars;
            for (int i = 0; i < frame.cells.length && out.size() < limit; i++) {
                String name = i < cellvars.length ? cellvars[i] : freevars[i - cellvars.length];
                PyObject value = frame.cells[i] == null ? null : frame.cells[i].value;
                if (value != null && out.stream().noneMatch(v -> v.name().equals(name))) {
                    out.add(new Variable(name, value));
                }
            }
        }
        return out;
    }

    private static List<Variable> names(Map<PyObject, PyObject> namespace, int limit) {
        List<Variable> out = new ArrayList<>();
        for (Map.Entry<PyObject, PyObject> e : namespace.entrySet()) {
            if (out.size() >= limit) {
                break;
            }
            if (e.getKey() instanceof PyStr key && !(key.value().startsWith("__") && key.value().endsWith("__"))) {
                out.add(new Variable(key.value(), e.getValue()));
            }
        }
        return out;
    }
}
