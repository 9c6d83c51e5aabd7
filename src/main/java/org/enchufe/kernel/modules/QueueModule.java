package org.enchufe.kernel.modules;

import org.enchufe.lang.modules.SourceModule;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code queue}: CPython's queue.py (beside this class) run as Python over threading's Condition,
 * so put/get block and time out on the kernel's clock as threading's waits do.
 */
public final class QueueModule {

    private static final SourceModule QUEUE = new SourceModule("queue", "/usr/lib/python3.11/queue.py",
            QueueModule.class, "queue.py");

    private QueueModule() {
    }

    public static PyModule create(Interpreter in) {
        return QUEUE.load(in);
    }
}
