package org.enchufe.lang.runtime;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.vm.Interpreter;

/**
 * {@code types.UnionType}: what {@code int | None} or {@code str | bytes} makes, the hint of a
 * value that may be either. Its arguments are flattened and kept once each ({@code int | int} is
 * {@code int}); it prints as written, compares and hashes regardless of order, and
 * {@code isinstance(x, int | str)} asks each argument, as CPython 3.11 does.
 */
public final class PyUnionType extends PyObject {

    public static final PyType TYPE = PyType.builtin("types", "UnionType");

    private final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    public PyTuple args() {
        return args;
    }

    /** {@code a | b} when both are types, None, aliases or unions; null when either is not (the operation goes on). */
    static PyObject union(Interpreter in, PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b) || a == PyNone.NONE && b == PyNone.NONE) {
            return null;
        }
        List<PyObject> items = new ArrayList<>();
        for (PyObject side : new PyObject[] {a, b}) {
            PyObject[] parts = side instanceof PyUnionType u ? u.args.items() : new PyObject[] {side == PyNone.NONE ? PyType.NONE_TYPE : side};
            for (PyObject part : parts) {
                if (items.stream().noneMatch(known -> known == part || known instanceof PyGenericAlias && known.pyEquals(in, part))) {
                    items.add(part);
                }
            }
        }
        return items.size() == 1 ? items.getFirst() : new PyUnionType(new PyTuple(items.toArray(new PyObject[0])));
    }

    private static boolean unionable(PyObject o) {
        return o instanceof PyType || o == PyNone.NONE || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** {@code isinstance(o, union)} / {@code issubclass}: whether any argument says so; an alias among them is the TypeError. */
    static boolean anyOf(PyUnionType union, String function, java.util.function.Predicate<PyType> test) {
        for (PyObject arg : union.args.items()) {
            if (arg instanceof PyGenericAlias) {
                throw PyErrors.typeError(function + "() argument 2 cannot be a parameterized generic");
            }
        }
        for (PyObject arg : union.args.items()) {
            if (test.test((PyType) arg)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr(Interpreter in) {
        StringBuilder out = new StringBuilder();
        for (PyObject arg : args.items()) {
            out.append(out.isEmpty() ? "" : " | ").append(arg == PyType.NONE_TYPE ? "None" : PyGenericAlias.item(in, arg));
        }
        return out.toString();
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return switch (name) {
            case "__args__" -> args;
            case "__parameters__" -> PyTuple.EMPTY;
            default -> super.getAttr(in, name);
        };
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        if (!(other instanceof PyUnionType u) || u.args.size() != args.size()) {
            return false;
        }
        for (PyObject arg : args.items()) {
            if (java.util.Arrays.stream(u.args.items()).noneMatch(o -> Ops.eq(in, arg, o))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long hash(Interpreter in) {
        long h = 0;
        for (PyObject arg : args.items()) {
            h ^= Ops.hash(in, arg);
        }
        return h;
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        return fork.remember(this, new PyUnionType(fork.copy(args)));
    }
}
