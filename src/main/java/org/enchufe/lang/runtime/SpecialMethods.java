package org.enchufe.lang.runtime;

import java.util.HashMap;
import java.util.Map;

import org.enchufe.lang.ast.Operator;
import org.enchufe.lang.vm.Interpreter;

/**
 * The special methods of the builtin value types as attributes of the types, as CPython's type
 * dicts have them: {@code int.__add__(1, 2)}, {@code 'x'.__len__()}, {@code dir(list)}. Each one
 * runs the operation it names on the builtin types themselves, so a binary method given an
 * operand it cannot use returns {@code NotImplemented}, as CPython's slot wrappers do.
 *
 * <p>Nothing in the run loop reads these: the operations look a special method up only for
 * instances of classes a program defined (whose MRO holds none of these types), so the fast
 * paths are those of before.
 */
final class SpecialMethods {

    private SpecialMethods() {
    }

    /** Each type's own special methods, as {@code vars(T)} lists them in CPython 3.11. */
    private static final String NUMBER = "__abs__ __add__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ __floordiv__"
            + " __ge__ __gt__ __hash__ __int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__"
            + " __rdivmod__ __repr__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__"
            + " __truediv__ __trunc__ __str__ __format__";
    private static final String TEXT = "__add__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__"
            + " __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ __str__ __format__";
    private static final String SETS = "__and__ __contains__ __eq__ __ge__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__"
            + " __or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__ __str__ __format__";

    static {
        define(PyType.INT, NUMBER + " __getnewargs__ __and__ __index__ __invert__ __lshift__ __or__ __rand__ __rlshift__ __ror__ __rrshift__"
                + " __rshift__ __rxor__ __xor__");
        define(PyType.FLOAT, NUMBER);
        define(PyType.STR, TEXT + " __getnewargs__");
        define(PyType.BYTES, TEXT + " __getnewargs__ __bytes__");
        define(PyType.BYTEARRAY, TEXT + " __delitem__ __iadd__ __imul__ __setitem__");
        define(PyType.LIST, "__add__ __contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iadd__ __imul__"
                + " __iter__ __le__ __len__ __lt__ __mul__ __ne__ __repr__ __reversed__ __rmul__ __setitem__ __str__ __format__");
        define(PyType.TUPLE, "__add__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__"
                + " __mul__ __ne__ __repr__ __rmul__ __str__ __format__ __getnewargs__");
        define(PyType.DICT, "__contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __hash__ __ior__ __iter__ __le__"
                + " __len__ __lt__ __ne__ __or__ __repr__ __reversed__ __ror__ __setitem__ __str__ __format__");
        define(PyType.SET, SETS + " __iand__ __ior__ __isub__ __ixor__");
        define(PyType.FROZENSET, SETS);
    }

    private static final Map<String, Operator> BINARY = new HashMap<>();
    private static final Map<String, Operator> REFLECTED = new HashMap<>();
    private static final Map<String, Operator> INPLACE = new HashMap<>();
    private static final Map<String, Ops.Compare> COMPARE = new HashMap<>();

    static {
        for (Operator op : Operator.values()) {
            BINARY.put(op.dunder, op);
            REFLECTED.put(op.rdunder, op);
            INPLACE.put(op.idunder, op);
        }
        for (Ops.Compare op : Ops.Compare.values()) {
            COMPARE.put(op.dunder, op);
        }
    }

    private static void define(PyType type, String names) {
        boolean mutable = type == PyType.LIST || type == PyType.DICT || type == PyType.SET || type == PyType.BYTEARRAY;
        for (String name : names.split(" ")) {
            if (name.equals("__hash__") && mutable) {
                type.dict().put(name, PyNone.NONE);
            } else {
                type.method(name, (in, self, a, k) -> call(in, name, self, a, k));
            }
        }
    }

    private static PyObject call(Interpreter in, String name, PyObject self, PyObject[] a, String[] k) {
        Operator op = BINARY.get(name);
        Operator reflected = REFLECTED.get(name);
        Operator inplace = INPLACE.get(name);
        Ops.Compare compare = COMPARE.get(name);
        if (op != null || reflected != null || inplace != null || compare != null) {
            PyObject other = Args.one(name, a, k);
            if (!accepts(self, other, compare != null)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            if (concatenation(self, name)) {
                // A sequence's concatenation and repetition raise, as CPython's sq_concat and sq_repeat do.
                return op != null ? Ops.binary(in, op, self, other)
                        : reflected != null ? Ops.binary(in, reflected, other, self) : Ops.inplace(in, inplace, self, other);
            }
            return notImplementedOnTypeError(() -> op != null ? Ops.binary(in, op, self, other)
                    : reflected != null ? Ops.binary(in, reflected, other, self)
                    : inplace != null ? Ops.inplace(in, inplace, self, other) : Ops.compare(in, compare, self, other));
        }
        return switch (name) {
            case "__repr__" -> { Args.none(name, a, k); yield PyStr.of(Ops.repr(in, self)); }
            case "__str__" -> { Args.none(name, a, k); yield PyStr.of(Ops.str(in, self)); }
            case "__len__" -> { Args.none(name, a, k); yield PyInt.of(Ops.len(in, self)); }
            case "__bool__" -> { Args.none(name, a, k); yield PyBool.of(Ops.truthy(in, self)); }
            case "__hash__" -> { Args.none(name, a, k); yield PyInt.of(Ops.hash(in, self)); }
            case "__iter__" -> { Args.none(name, a, k); yield Ops.iter(in, self); }
            case "__index__" -> { Args.none(name, a, k); yield self; }
            case "__neg__" -> { Args.none(name, a, k); yield Ops.unary(in, org.enchufe.lang.ast.Expr.UnaryKind.USUB, self); }
            case "__pos__" -> { Args.none(name, a, k); yield Ops.unary(in, org.enchufe.lang.ast.Expr.UnaryKind.UADD, self); }
            case "__invert__" -> { Args.none(name, a, k); yield Ops.unary(in, org.enchufe.lang.ast.Expr.UnaryKind.INVERT, self); }
            case "__contains__" -> PyBool.of(Ops.contains(in, self, Args.one(name, a, k)));
            case "__getitem__" -> Ops.getItem(in, self, Args.one(name, a, k));
            case "__delitem__" -> {
                Ops.delItem(in, self, Args.one(name, a, k));
                yield PyNone.NONE;
            }
            case "__setitem__" -> {
                Args.range(name, a, k, 2, 2);
                Ops.setItem(in, self, a[0], a[1]);
                yield PyNone.NONE;
            }
            case "__format__" -> builtin(in, "format", self, Args.one(name, a, k));
            case "__getnewargs__" -> {
                // The value as its exact builtin type, which is what a copy or pickle of it is made from.
                Args.none(name, a, k);
                String kind = self instanceof PyInt ? "int" : self instanceof PyStr ? "str" : self instanceof PyBytes ? "bytes" : "tuple";
                yield PyTuple.of(builtin(in, kind, self));
            }
            case "__bytes__" -> { Args.none(name, a, k); yield builtin(in, "bytes", self); }
            case "__abs__" -> { Args.none(name, a, k); yield builtin(in, "abs", self); }
            case "__int__", "__trunc__" -> { Args.none(name, a, k); yield builtin(in, "int", self); }
            case "__float__" -> { Args.none(name, a, k); yield builtin(in, "float", self); }
            case "__reversed__" -> { Args.none(name, a, k); yield builtin(in, "reversed", self); }
            case "__floor__", "__ceil__" -> {
                Args.none(name, a, k);
                if (self instanceof PyInt) {
                    yield self;
                }
                double v = ((PyFloat) self).value();
                yield builtin(in, "int", new PyFloat(name.equals("__floor__") ? Math.floor(v) : Math.ceil(v)));
            }
            case "__round__" -> {
                Args.range(name, a, k, 0, 1);
                yield a.length == 0 ? builtin(in, "round", self) : builtin(in, "round", self, a[0]);
            }
            case "__divmod__" -> notImplementedOnTypeError(() -> builtin(in, "divmod", self, Args.one(name, a, k)));
            case "__rdivmod__" -> notImplementedOnTypeError(() -> builtin(in, "divmod", Args.one(name, a, k), self));
            default -> throw new IllegalStateException("no special method " + name);
        };
    }

    /** Whether the slot handles {@code other} at all: int's only ints, float's ints and floats, a comparison its own kind. */
    private static boolean accepts(PyObject self, PyObject other, boolean comparison) {
        if (self instanceof PyInt) {
            return other instanceof PyInt;
        }
        if (self instanceof PyFloat) {
            return other instanceof PyInt || other instanceof PyFloat;
        }
        if (!comparison) {
            return true;
        }
        return self.type() == other.type() || self instanceof PySet && other instanceof PySet
                || self instanceof PyBytesLike && other instanceof PyBytesLike;
    }

    private static boolean concatenation(PyObject self, String name) {
        boolean sequence = self instanceof PyStr || self instanceof PyBytesLike || self instanceof PyList || self instanceof PyTuple;
        return sequence && (name.equals("__add__") || name.equals("__mul__") || name.equals("__rmul__")
                || name.equals("__iadd__") || name.equals("__imul__") || name.equals("__mod__") && !(self instanceof PyList));
    }

    private static PyObject builtin(Interpreter in, String name, PyObject... args) {
        return in.call(in.builtins().getStr(name), args, PyBuiltin.NO_KEYWORDS);
    }

    /** A slot wrapper's answer when the other operand is of a type it does not handle. */
    private static PyObject notImplementedOnTypeError(java.util.function.Supplier<PyObject> operation) {
        try {
            return operation.get();
        } catch (PyRaise e) {
            if (e.exception().type() == ExceptionTypes.TYPE_ERROR) {
                return PyNone.NOT_IMPLEMENTED;
            }
            throw e;
        }
    }
}
