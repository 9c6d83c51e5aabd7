package org.enchufe.lang.vm;

import org.enchufe.lang.DeepStack;
import org.enchufe.lang.runtime.Forker;

/**
 * The result of {@code os.fork()} in the VM: a new interpreter copied from the parent, its copy of
 * the thread that forked, and the copier, which the kernel asks for the copies of what it holds
 * too (the child's view of shared objects).
 */
public record Forked(Interpreter interpreter, ThreadState thread, Forker forker) {

    /** Copies {@code parent} and its {@code thread}: everything the program can reach, once each. */
    static Forked of(Interpreter parent, ThreadState thread) {
        // The copy recurses once per level of the program's nesting: on a stack of its own.
        return DeepStack.run("enchufe-fork", DeepStack.FORK, () -> copy(parent, thread));
    }

    private static Forked copy(Interpreter parent, ThreadState thread) {
        Forker forker = new Forker(parent);
        Interpreter copy = parent.copyFor(forker);
        ThreadState threadCopy = thread.forkCopy(forker);
        copy.adopt(threadCopy);
        return new Forked(copy, threadCopy, forker);
    }
}
