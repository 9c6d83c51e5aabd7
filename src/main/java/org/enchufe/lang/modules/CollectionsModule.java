package org.enchufe.lang.modules;

import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code collections} and {@code heapq}: Python source (collections.py, heapq.py beside this
 * class) as CPython's are, so deque, namedtuple, defaultdict, Counter and OrderedDict are classes
 * a program can subclass and their errors are CPython's words.
 */
public final class CollectionsModule {

    private static final SourceModule COLLECTIONS = new SourceModule("collections",
            "/usr/lib/python3.11/collections/__init__.py", CollectionsModule.class, "collections.py");
    private static final SourceModule HEAPQ = new SourceModule("heapq", "/usr/lib/python3.11/heapq.py",
            CollectionsModule.class, "heapq.py");

    private CollectionsModule() {
    }

    public static PyModule create(Interpreter in) {
        return COLLECTIONS.load(in);
    }

    public static PyModule heapq(Interpreter in) {
        return HEAPQ.load(in);
    }
}
