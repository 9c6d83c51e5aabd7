package org.enchufe.lang.vm;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyByteArray;
import org.enchufe.lang.runtime.PyCell;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyFunction;
import org.enchufe.lang.runtime.PyInstance;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyMethod;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PySet;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;

/**
 * Measures what a program really holds: walks every object reachable from its modules and its
 * threads' frames and adds up their sizes on the JVM's heap ({@link JvmLayout}). The interpreter
 * charges allocations as they happen and measures only when the charges pass the limit, so the
 * walk is rare and a program that drops what it made is not punished for it. Objects every
 * program shares (small ints, one-character strs, builtin types) are no program's memory.
 */
final class MemoryMeter {

    private final VisitedSet seen = new VisitedSet();
    private final Deque<Object> work = new ArrayDeque<>();
    private long bytes;

    static long measure(Collection<PyModule> modules, Collection<ThreadState> threads) {
        MemoryMeter meter = new MemoryMeter();
        modules.forEach(meter::visit);
        for (ThreadState thread : threads) {
            for (Frame f = thread.top; f != null; f = f.back) {
                meter.visit(f);
            }
            thread.handled.forEach(meter::visit);
            // Python code builtins called, which may be parked there for long (see Parking).
            for (ThreadState nested : thread.nestedRuns) {
                for (Frame f = nested.top; f != null; f = f.back) {
                    meter.visit(f);
                }
                nested.handled.forEach(meter::visit);
            }
        }
        meter.drain();
        return meter.bytes;
    }

    private void visit(Object o) {
        if (o == null || o instanceof PyInt i && i.isShared() || o instanceof PyStr s && s.isShared()
                || o instanceof PyType t && t.isBuiltin()) {
            return;
        }
        if (seen.add(o)) {
            work.push(o);
        }
    }

    private void drain() {
        while (!work.isEmpty()) {
            Object o = work.pop();
            switch (o) {
                case Frame f -> {
                    bytes += JvmLayout.FRAME + (f.blocks == null ? 0 : JvmLayout.intArray(f.blocks.length));
                    // Frames of one thread share their slots' array: counted once, by whichever comes first.
                    visit(f.stack);
                    for (int i = f.base; i < f.sp; i++) {
                        visit(f.stack[i]);
                    }
                    if (f.cells != null) {
                        bytes += JvmLayout.refArray(f.cells.length);
                        visitAll(f.cells);
                    }
                    visit(f.locals);
                    visit(f.globals);
                    visit(f.instance);
                    visit(f.generator);
                }
                case PyObject[] slots -> bytes += JvmLayout.refArray(slots.length);
                case PyStr s -> {
                    bytes += JvmLayout.str(s.value().length(), s.bytesPerChar());
                    if (s.codePointsView() != null) {
                        bytes += JvmLayout.intArray(s.codePointsView().length);
                    }
                }
                case PyBytes b -> bytes += JvmLayout.bytes(b.bytesView().length);
                case PyByteArray b -> bytes += JvmLayout.BYTEARRAY + JvmLayout.byteArray(b.buffer().length);
                case PyInt i -> bytes += i.isSmall() ? JvmLayout.INT : JvmLayout.bigInt(i.asBig().bitLength());
                case PyFloat x -> bytes += JvmLayout.FLOAT;
                case PyList l -> {
                    bytes += JvmLayout.LIST + JvmLayout.refArray(l.capacity());
                    for (int i = 0; i < l.size(); i++) {
                        visit(l.get(i));
                    }
                }
                case PyTuple t -> {
                    bytes += JvmLayout.TUPLE + JvmLayout.refArray(t.size());
                    visitAll(t.items());
                }
                case PyDict d -> {
                    bytes += JvmLayout.dict(d.size());
                    for (Map.Entry<PyObject, PyObject> e : d.map().entrySet()) {
                        visit(e.getKey());
                        visit(e.getValue());
                    }
                }
                case PySet s -> {
                    bytes += JvmLayout.set(s.capacity());
                    s.entries().forEach(this::visit);
                }
                case PyInstance i -> {
                    bytes += JvmLayout.INSTANCE;
                    visit(i.dict());
                    visit(i.type());
                }
                case PyModule m -> {
                    bytes += 72L;
                    visit(m.dict());
                }
                case PyFunction f -> {
                    bytes += 152L;
                    visit(f.globals());
                    if (f.defaults() != null) {
                        visitAll(f.defaults());
                    }
                    visit(f.kwDefaults());
                    if (f.closure() != null) {
                        visitAll(f.closure());
                    }
                }
                case PyCell c -> {
                    bytes += JvmLayout.CELL;
                    visit(c.value);
                }
                case PyMethod m -> {
                    bytes += JvmLayout.METHOD;
                    visit(m.self());
                    visit(m.function());
                }
                case PyException e -> {
                    bytes += 88L;
                    visit(e.args());
                    e.attrs().values().forEach(this::visit);
                }
                case PyGenerator g -> {
                    bytes += JvmLayout.GENERATOR;
                    visit(g.frame);
                    visit(g.returnValue);
                }
                case org.enchufe.lang.runtime.PySimpleNamespace n -> {
                    bytes += 32L;
                    visit(n.dict());
                }
                case org.enchufe.lang.runtime.PyGenericAlias a -> {
                    bytes += 24L;
                    visit(a.origin());
                    visit(a.args());
                }
                case org.enchufe.lang.runtime.PyUnionType u -> {
                    bytes += 16L;
                    visit(u.args());
                }
                case org.enchufe.lang.runtime.PyMemoryView v -> {
                    bytes += 32L;
                    visit(v.obj());
                }
                case PyType t -> {
                    bytes += 900L;
                    t.dict().values().forEach(this::visit);
                }
                default -> bytes += 32L;
            }
        }
    }

    private void visitAll(Object[] items) {
        for (Object item : items) {
            visit(item);
        }
    }
}
