package org.enchufe.lang.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Deep-copies a process's Python heap for {@code os.fork()}, once per object. The copy is the
 * forking program's work: each object copied is charged to it as an item whose visit runs a
 * generic operation ({@link Cost#operation}), and a kill, a Ctrl-C or the watchdog stops the copy
 * within 128 objects (a Ctrl-C is the parent's KeyboardInterrupt at {@code os.fork()}).
 */
public final class Forker {

    private final Map<Object, Object> copies = new IdentityHashMap<>();
    /** The forking program, charged for the copy; null for a copy nobody pays for (tests). */
    private final org.enchufe.lang.vm.Interpreter parent;
    private long copied;

    public Forker() {
        this(null);
    }

    public Forker(org.enchufe.lang.vm.Interpreter parent) {
        this.parent = parent;
    }

    @SuppressWarnings("unchecked")
    public <T extends PyObject> T copy(T original) {
        if (original == null) {
            return null;
        }
        Object done = copies.get(original);
        if (done != null) {
            return (T) done;
        }
        return (T) original.forkCopy(this);
    }

    /** Records the copy before its contents are copied, so cycles end. */
    public <T> T remember(Object original, T copy) {
        Cost.operation(parent, copied++);
        copies.put(original, copy);
        return copy;
    }

    @SuppressWarnings("unchecked")
    public <T> T copied(Object original) {
        return (T) copies.get(original);
    }

    public PyObject[] copyAll(PyObject[] items) {
        if (items == null) {
            return null;
        }
        PyObject[] out = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = copy(items[i]);
        }
        return out;
    }
}
