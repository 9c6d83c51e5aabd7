package org.enchufe.lang.runtime;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.ast.Expr;
import org.enchufe.lang.ast.Operator;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.PyGenerator;

/**
 * The operations of the language on any objects: operators with their reflected forms,
 * comparisons, truth, str/repr, iteration and conversions, each falling back to the special
 * methods a class defines, with CPython's errors when nothing applies.
 */
public final class Ops {

    /** The six rich comparisons. */
    public enum Compare {
        LT("<", "__lt__", "__gt__"), LE("<=", "__le__", "__ge__"), EQ("==", "__eq__", "__eq__"),
        NE("!=", "__ne__", "__ne__"), GT(">", "__gt__", "__lt__"), GE(">=", "__ge__", "__le__");

        final String symbol;
        final String dunder;
        final String reflected;

        Compare(String symbol, String dunder, String reflected) {
            this.symbol = symbol;
            this.dunder = dunder;
            this.reflected = reflected;
        }

        boolean test(int c) {
            return switch (this) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case EQ -> c == 0;
                case NE -> c != 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
        }
    }

    private Ops() {
    }

    // ---------------------------------------------------------------- text

    public static String repr(Interpreter in, PyObject o) {
        if (o instanceof PyInstance) {
            PyObject method = o.type().lookup("__repr__");
            if (method != null) {
                PyObject r = in.call(method, new PyObject[] {o}, PyBuiltin.NO_KEYWORDS);
                if (!(r instanceof PyStr s)) {
                    throw PyErrors.typeError("__repr__ returned non-string (type " + r.type().name() + ")");
                }
                return s.value();
            }
        }
        return o.repr(in);
    }

    public static String str(Interpreter in, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyInstance) {
            PyObject method = o.type().lookup("__str__");
            if (method != null) {
                PyObject r = in.call(method, new PyObject[] {o}, PyBuiltin.NO_KEYWORDS);
                if (!(r instanceof PyStr s)) {
                    throw PyErrors.typeError("__str__ returned non-string (type " + r.type().name() + ")");
                }
                return s.value();
            }
            return repr(in, o);
        }
        return o.str(in);
    }

    public static boolean truthy(Interpreter in, PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        if (o instanceof PyInstance) {
            PyObject bool = o.type().lookup("__bool__");
            if (bool != null) {
                PyObject r = in.call(bool, new PyObject[] {o}, PyBuiltin.NO_KEYWORDS);
                if (!(r instanceof PyBool b)) {
                    throw PyErrors.typeError("__bool__ should return bool, returned " + r.type().name());
                }
                return b == PyBool.TRUE;
            }
            PyObject len = o.type().lookup("__len__");
            if (len != null) {
                return len(in, o) > 0;
            }
            return true;
        }
        return o.truthy(in);
    }

    // ---------------------------------------------------------------- containers

    public static int len(Interpreter in, PyObject o) {
        if (o instanceof PyInstance) {
            PyObject method = o.type().lookup("__len__");
            if (method == null) {
                throw PyErrors.typeError("object of type '" + o.type().name() + "' has no len()");
            }
            PyObject r = in.call(method, new PyObject[] {o}, PyBuiltin.NO_KEYWORDS);
            if (!(r instanceof PyInt i)) {
                throw PyErrors.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
            }
            if (i.signum() < 0) {
                throw PyErrors.valueError("__len__() should return >= 0");
            }
            return i.asInt();
        }
        return o.len(in);
    }

    public static PyObject iter(Interpreter in, PyObject o) {
        if (o instanceof PyInstance) {
            PyObject method = o.type().lookup("__iter__");
            if (method != null) {
                PyObject it = in.call(method, new PyObject[] {o}, PyBuiltin.NO_KEYWORDS);
                if (!(it instanceof PyIterator) && !(it instanceof PyGenerator) && it.type().lookup("__next__") == null) {
                    throw PyErrors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
                }
                return it instanceof PyInstance ? new InstanceIterator(it) : it;
            }
            if (o.type().lookup("__getitem__") != null) {
                return new PyIterator.Computed("iterator", new java.util.function.Function<>() {
                    private int index;

                    @Override
                    public PyObject apply(Interpreter interp) {
                        try {
                            return getItem(interp, o, PyInt.of(index++));
                        } catch (PyRaise e) {
                            if (e.exception().type().isSubtypeOf(ExceptionTypes.INDEX_ERROR)
                                    || e.exception().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                                return null;
                            }
                            throw e;
                        }
                    }
                });
            }
        }
        return o.iter(in);
    }

    /** A user-defined iterator (a class with __next__) seen through the VM's next() protocol. */
    static final class InstanceIterator extends PyIterator {
        private final PyObject target;

        InstanceIterator(PyObject target) {
            super(target.type().name());
            this.target = target;
        }

        @Override
        public PyType type() {
            return target.type();
        }

        @Override
        public PyObject next(Interpreter in) {
            PyObject method = target.type().lookup("__next__");
            if (method == null) {
                throw PyErrors.typeError("'" + target.type().name() + "' object is not an iterator");
            }
            try {
                return in.call(method, new PyObject[] {target}, PyBuiltin.NO_KEYWORDS);
            } catch (PyRaise e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    return null;
                }
                throw e;
            }
        }

        @Override
        public String repr(Interpreter in) {
            return Ops.repr(in, target);
        }

        @Override
        public PyObject forkCopy(Forker fork) {
            return fork.remember(this, new InstanceIterator(fork.copy(target)));
        }
    }

    /** next(iterator): the item, or null when exhausted. */
    public static PyObject next(Interpreter in, PyObject it) {
        if (it instanceof PyInstance) {
            return new InstanceIterator(it).next(in);
        }
        return it.next(in);
    }

    public static PyObject[] toArray(Interpreter in, PyObject o) {
        if (o instanceof PyTuple t) {
            return t.items();
        }
        if (o instanceof PyList l) {
            Cost.items(in, l.size());
            return l.toArray();
        }
        List<PyObject> items = new ArrayList<>();
        PyObject it = iter(in, o);
        for (PyObject x = it.next(in); x != null; x = it.next(in)) {
            items.add(x);
            if ((items.size() & 1023) == 0) {
                // At a conservative 16 bytes an item: its slot and, for a fresh int or str, part of it.
                in.requireRoomFor(items.size() * 16L);
                in.accountObjects(1024);
                in.work(Cost.items(1024));
            }
        }
        return items.toArray(new PyObject[0]);
    }

    public static PyObject getItem(Interpreter in, PyObject o, PyObject key) {
        if (o instanceof PyInstance) {
            PyObject method = o.type().lookup("__getitem__");
            if (method == null) {
                throw PyErrors.typeError("'" + o.type().name() + "' object is not subscriptable");
            }
            return in.call(method, new PyObject[] {o, key}, PyBuiltin.NO_KEYWORDS);
        }
        return o.getItem(in, key);
    }

    public static void setItem(Interpreter in, PyObject o, PyObject key, PyObject value) {
        if (o instanceof PyInstance) {
            PyObject method = o.type().lookup("__setitem__");
            if (method == null) {
                throw PyErrors.typeError("'" + o.type().name() + "' object does not support item assignment");
            }
            in.call(method, new PyObject[] {o, key, value}, PyBuiltin.NO_KEYWORDS);
            return;
        }
        o.setItem(in, key, value);
    }

    public static void delItem(Interpreter in, PyObject o, PyObject key) {
        if (o instanceof PyInstance) {
            PyObject method = o.type().lookup("__delitem__");
            if (method == null) {
                throw PyErrors.typeError("'" + o.type().name() + "' object does not support item deletion");
            }
            in.call(method, new PyObject[] {o, key}, PyBuiltin.NO_KEYWORDS);
            return;
        }
        o.delItem(in, key);
    }

    public static boolean contains(Interpreter in, PyObject container, PyObject item) {
        if (container instanceof PyInstance) {
            PyObject method = container.type().lookup("__contains__");
            if (method != null) {
                return truthy(in, in.call(method, new PyObject[] {container, item}, PyBuiltin.NO_KEYWORDS));
            }
            if (container.type().lookup("__iter__") == null && container.type().lookup("__getitem__") == null) {
                throw PyErrors.typeError("argument of type '" + container.type().name() + "' is not iterable");
            }
            PyObject it = iter(in, container);
            long n = 0;
            for (PyObject x = it.next(in); x != null; x = it.next(in)) {
                Cost.item(in, n++);
                if (x == item || eq(in, x, item)) {
                    return true;
                }
            }
            return false;
        }
        try {
            return container.contains(in, item);
        } catch (PyRaise e) {
            if (e.exception().args().size() == 1 && e.exception().args().get(0) instanceof PyStr s
                    && s.value().endsWith("object is not iterable")) {
                throw PyErrors.typeError("argument of type '" + container.type().name() + "' is not iterable");
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- numbers

    public static long hash(Interpreter in, PyObject o) {
        if (o instanceof PyInstance) {
            PyObject method = o.type().lookup("__hash__");
            if (method == PyNone.NONE || method == null && o.type().lookup("__eq__") != null) {
                throw PyErrors.typeError("unhashable type: '" + o.type().name() + "'");
            }
            if (method != null) {
                PyObject r = in.call(method, new PyObject[] {o}, PyBuiltin.NO_KEYWORDS);
                if (!(r instanceof PyInt i)) {
                    throw PyErrors.typeError("__hash__ method should return an integer");
                }
                return i.isSmall() ? i.asLong() : i.asBig().hashCode();
            }
        }
        return o.hash(in);
    }

    /** An object used as an index: int, bool or anything with __index__. */
    public static int index(Interpreter in, PyObject o) {
        if (o instanceof PyInt i) {
            if (!i.isSmall() || i.asLong() > Integer.MAX_VALUE || i.asLong() < Integer.MIN_VALUE) {
                throw PyErrors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
            }
            return (int) i.asLong();
        }
        PyObject method = o.type().isBuiltin() ? null : o.type().lookup("__index__");
        if (method == null) {
            throw PyErrors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        return index(in, in.call(method, new PyObject[] {o}, PyBuiltin.NO_KEYWORDS));
    }

    public static PyObject binary(Interpreter in, Operator op, PyObject a, PyObject b) {
        PyObject r = Numbers.binary(op, a, b);
        if (r != null) {
            return r;
        }
        r = builtinBinary(in, op, a, b);
        if (r != null) {
            return r;
        }
        r = dunderBinary(in, op.dunder, op.rdunder, a, b);
        if (r != null) {
            return r;
        }
        throw unsupported(op, a, b);
    }

    public static PyObject inplace(Interpreter in, Operator op, PyObject a, PyObject b) {
        if (a instanceof PyInt && b instanceof PyInt) {
            // Numbers are immutable: x += 1 is x = x + 1, the loop counter's path.
            return Numbers.binary(op, a, b);
        }
        if (a instanceof PyList l && op == Operator.ADD) {
            PyObject[] more = toArray(in, b);
            in.accountObjects(more.length);
            l.extend(more);
            return l;
        }
        if (a instanceof PyByteArray ba && op == Operator.ADD && b instanceof PyBytesLike bl) {
            Cost.bulk(in, BytesMethods.length(b));
            ba.append(bl.bytesView(), BytesMethods.length(b));
            return ba;
        }
        if (op == Operator.MULT && (a instanceof PyList || a instanceof PyByteArray) && b instanceof PyInt) {
            // In place: every name of the list or bytearray sees the repetition.
            PyObject repeated = binary(in, op, a, b);
            if (a instanceof PyList l) {
                l.clear();
                l.extend(((PyList) repeated).toArray());
            } else {
                ((PyByteArray) a).replaceWith(((PyByteArray) repeated).bytesView());
            }
            return a;
        }
        if (a instanceof PyDict d && op == Operator.BITOR) {
            // dict |= takes what update() takes, pairs included.
            d.update(in, b, new PyObject[0], PyBuiltin.NO_KEYWORDS, "update");
            return d;
        }
        if (a instanceof PySet s && !s.frozen() && b instanceof PySet other) {
            switch (op) {
                case BITOR -> {
                    s.update(in, other);
                    return s;
                }
                case BITAND, SUB, BITXOR -> {
                    // In place, but ordered as CPython's in-place operators order the result.
                    PySet result = (PySet) PySet.operate(in, op.symbol, s, other);
                    for (PyObject x : s.entries()) {
                        s.discard(in, x);
                    }
                    s.update(in, result);
                    return s;
                }
                default -> { }
            }
        }
        if (a instanceof PyInstance) {
            PyObject method = a.type().lookup(op.idunder);
            if (method != null) {
                PyObject r = in.call(method, new PyObject[] {a, b}, PyBuiltin.NO_KEYWORDS);
                if (r != PyNone.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        try {
            return binary(in, op, a, b);
        } catch (PyRaise e) {
            if (e.exception().type() == ExceptionTypes.TYPE_ERROR && e.exception().args().size() == 1
                    && e.exception().args().get(0) instanceof PyStr s && s.value().startsWith("unsupported operand type(s) for ")) {
                throw PyErrors.typeError("unsupported operand type(s) for " + op.symbol + "=: '" + a.type().name()
                        + "' and '" + b.type().name() + "'");
            }
            throw e;
        }
    }

    private static PyRaise unsupported(Operator op, PyObject a, PyObject b) {
        if (op == Operator.ADD && a instanceof PyStr) {
            return PyErrors.typeError("can only concatenate str (not \"" + b.type().name() + "\") to str");
        }
        if (op == Operator.ADD && a instanceof PyList) {
            return PyErrors.typeError("can only concatenate list (not \"" + b.type().name() + "\") to list");
        }
        if (op == Operator.ADD && a instanceof PyTuple) {
            return PyErrors.typeError("can only concatenate tuple (not \"" + b.type().name() + "\") to tuple");
        }
        if (op == Operator.ADD && a instanceof PyBytesLike && !(b instanceof PyBytesLike)) {
            return PyErrors.typeError("can't concat " + b.type().name() + " to " + a.type().name());
        }
        if (op == Operator.MULT && (isSequence(a) && b.type() == PyType.FLOAT || isSequence(b) && a.type() == PyType.FLOAT)
                || op == Operator.MULT && (isSequence(a) && isSequence(b))) {
            return PyErrors.typeError("can't multiply sequence by non-int of type '"
                    + (isSequence(a) ? b : a).type().name() + "'");
        }
        if (op == Operator.POW) {
            return PyErrors.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().name() + "' and '"
                    + b.type().name() + "'");
        }
        return PyErrors.typeError("unsupported operand type(s) for " + op.symbol + ": '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytesLike;
    }

    private static PyObject builtinBinary(Interpreter in, Operator op, PyObject a, PyObject b) {
        switch (op) {
            case ADD -> {
                if (a instanceof PyStr x && b instanceof PyStr y) {
                    in.accountText(x.value().length() + (long) y.value().length(), Math.max(x.bytesPerChar(), y.bytesPerChar()));
                    Cost.bulk(in, x.value().length() + (long) y.value().length());
                    return PyStr.of(x.value().concat(y.value()));
                }
                if (a instanceof PyList x && b instanceof PyList y) {
                    in.accountObjects(x.size() + (long) y.size());
                    Cost.items(in, x.size() + (long) y.size());
                    PyList out = new PyList(x.toArray());
                    out.extend(y.toArray());
                    return out;
                }
                if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    Cost.items(in, x.size() + (long) y.size());
                    PyObject[] out = java.util.Arrays.copyOf(x.items(), x.size() + y.size());
                    System.arraycopy(y.items(), 0, out, x.size(), y.size());
                    in.accountObjects(out.length);
                    return PyTuple.of(out);
                }
                if (a instanceof PyBytesLike x && b instanceof PyBytesLike y) {
                    int la = BytesMethods.length(a);
                    int lb = BytesMethods.length(b);
                    in.accountBytes((long) la + lb);
                    Cost.bulk(in, (long) la + lb);
                    byte[] out = java.util.Arrays.copyOf(x.bytesView(), la + lb);
                    System.arraycopy(y.bytesView(), 0, out, la, lb);
                    return a instanceof PyByteArray ? new PyByteArray(out) : new PyBytes(out);
                }
            }
            case MULT -> {
                PyObject seq = a instanceof PyInt ? b : a;
                PyObject count = a instanceof PyInt ? a : b;
                if (count instanceof PyInt n && seq != count) {
                    long times = Math.max(0, n.isSmall() ? n.asLong() : (n.signum() > 0 ? Long.MAX_VALUE : 0));
                    if (seq instanceof PyStr s) {
                        long total = times * s.value().length();
                        if (times > 0 && (total / times != s.value().length() || total > Integer.MAX_VALUE - 8)) {
                            throw PyErrors.raise(ExceptionTypes.MEMORY_ERROR, "");
                        }
                        in.accountText(total, s.bytesPerChar());
                        in.work(Cost.chars(total));
                        return PyStr.of(s.value().repeat((int) times));
                    }
                    if (seq instanceof PyList l) {
                        return new PyList(Sequences.repeat(in, l.toArray(), count));
                    }
                    if (seq instanceof PyTuple t) {
                        return PyTuple.of(Sequences.repeat(in, t.items(), count));
                    }
                    if (seq instanceof PyBytesLike bytes) {
                        byte[] d = java.util.Arrays.copyOf(bytes.bytesView(), BytesMethods.length(seq));
                        long total = times * d.length;
                        if (total > Integer.MAX_VALUE - 8) {
                            throw PyErrors.raise(ExceptionTypes.MEMORY_ERROR, "");
                        }
                        in.accountBytes(total);
                        in.work(Cost.chars(total));
                        byte[] out = new byte[(int) total];
                        for (int i = 0; i < times; i++) {
                            System.arraycopy(d, 0, out, i * d.length, d.length);
                        }
                        return seq instanceof PyByteArray ? new PyByteArray(out) : new PyBytes(out);
                    }
                }
            }
            case MOD -> {
                if (a instanceof PyStr s) {
                    return PyStr.of(Formatter.percent(in, s.value(), b));
                }
                if (a instanceof PyBytes bytes) {
                    String text = new String(bytes.bytesView(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    return new PyBytes(Formatter.percent(in, text, b, true).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
            case BITOR, BITAND, SUB, BITXOR -> {
                if (a instanceof PySet x && b instanceof PySet y) {
                    return PySet.operate(in, op.symbol, x, y);
                }
                if (op == Operator.BITOR) {
                    PyObject union = PyUnionType.union(in, a, b);
                    if (union != null) {
                        return union;
                    }
                }
                if (op == Operator.BITOR && a instanceof PyDict x && b instanceof PyDict y) {
                    Cost.operations(in, x.size() + (long) y.size());
                    PyDict out = new PyDict(x.map());
                    out.map().putAll(y.map());
                    return out;
                }
            }
            default -> { }
        }
        return null;
    }

    private static PyObject dunderBinary(Interpreter in, String dunder, String rdunder, PyObject a, PyObject b) {
        boolean aUser = a instanceof PyInstance || a instanceof PyException && !a.type().isBuiltin();
        boolean bUser = b instanceof PyInstance || b instanceof PyException && !b.type().isBuiltin();
        if (aUser) {
            PyObject method = a.type().lookup(dunder);
            if (method != null) {
                PyObject r = in.call(method, new PyObject[] {a, b}, PyBuiltin.NO_KEYWORDS);
                if (r != PyNone.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (bUser && b.type() != a.type()) {
            // The reflected method is the other type's offer: never tried between two of one type.
            PyObject method = b.type().lookup(rdunder);
            if (method != null) {
                PyObject r = in.call(method, new PyObject[] {b, a}, PyBuiltin.NO_KEYWORDS);
                if (r != PyNone.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        return null;
    }

    public static PyObject unary(Interpreter in, Expr.UnaryKind op, PyObject a) {
        switch (op) {
            case NOT -> {
                return PyBool.of(!truthy(in, a));
            }
            case USUB -> {
                if (a instanceof PyInt i) {
                    return i.isSmall() && i.asLong() != Long.MIN_VALUE ? PyInt.of(-i.asLong()) : PyInt.of(i.asBig().negate());
                }
                if (a instanceof PyFloat f) {
                    return PyFloat.of(-f.value());
                }
            }
            case UADD -> {
                if (a instanceof PyBool b) {
                    return PyInt.of(b.asLong());
                }
                if (a instanceof PyInt || a instanceof PyFloat) {
                    return a;
                }
            }
            case INVERT -> {
                if (a instanceof PyIntEnumMember flag && flag.isFlag()) {
                    return flag.inverted();
                }
                if (a instanceof PyInt i) {
                    return i.isSmall() ? PyInt.of(~i.asLong()) : PyInt.of(i.asBig().not());
                }
            }
        }
        String dunder = switch (op) {
            case USUB -> "__neg__";
            case UADD -> "__pos__";
            default -> "__invert__";
        };
        if (a instanceof PyInstance) {
            PyObject method = a.type().lookup(dunder);
            if (method != null) {
                return in.call(method, new PyObject[] {a}, PyBuiltin.NO_KEYWORDS);
            }
        }
        String symbol = switch (op) {
            case USUB -> "-";
            case UADD -> "+";
            default -> "~";
        };
        throw PyErrors.typeError("bad operand type for unary " + symbol + ": '" + a.type().name() + "'");
    }

    // ---------------------------------------------------------------- comparisons

    public static boolean eq(Interpreter in, PyObject a, PyObject b) {
        if (a == b && !(a instanceof PyFloat)) {
            return true;
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            return truthy(in, compare(in, Compare.EQ, a, b));
        }
        return a.pyEquals(in, b);
    }

    public static boolean lessThan(Interpreter in, PyObject a, PyObject b) {
        return truthy(in, compare(in, Compare.LT, a, b));
    }

    public static PyObject compare(Interpreter in, Compare op, PyObject a, PyObject b) {
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            int c = Numbers.compare(a, b);
            if (c == 2) {
                return PyBool.of(op == Compare.NE);
            }
            return PyBool.of(op.test(c));
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return PyBool.of(op.test(Integer.signum(compareCodePoints(in, x.value(), y.value()))));
        }
        boolean aUser = a instanceof PyInstance || a instanceof PyException && !a.type().isBuiltin();
        boolean bUser = b instanceof PyInstance || b instanceof PyException && !b.type().isBuiltin();
        if (bUser && b.type() != a.type() && b.type().isSubtypeOf(a.type())) {
            PyObject r = callCompare(in, b, op.reflected, a);
            if (r != null) {
                return r;
            }
        }
        if (aUser) {
            PyObject r = callCompare(in, a, op.dunder, b);
            if (r != null) {
                return r;
            }
        }
        if (bUser) {
            PyObject r = callCompare(in, b, op.reflected, a);
            if (r != null) {
                return r;
            }
        }
        if (op == Compare.NE && aUser && a.type().lookup("__eq__") != null) {
            PyObject r = callCompare(in, a, "__eq__", b);
            if (r != null) {
                return PyBool.of(!truthy(in, r));
            }
        }
        switch (op) {
            case EQ -> { return PyBool.of(aUser || bUser ? a == b : a.pyEquals(in, b)); }
            case NE -> { return PyBool.of(aUser || bUser ? a != b : !a.pyEquals(in, b)); }
            default -> { }
        }
        Integer c = orderBuiltin(in, a, b, op);
        if (c != null) {
            return PyBool.of(op.test(c));
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return PyBool.of(switch (op) {
                case LT -> x.size() < y.size() && PySet.isSubset(in, x, y);
                case LE -> PySet.isSubset(in, x, y);
                case GT -> y.size() < x.size() && PySet.isSubset(in, y, x);
                default -> PySet.isSubset(in, y, x);
            });
        }
        throw PyErrors.typeError("'" + op.symbol + "' not supported between instances of '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    private static PyObject callCompare(Interpreter in, PyObject self, String dunder, PyObject other) {
        PyObject method = self.type().lookup(dunder);
        if (method == null) {
            return null;
        }
        PyObject r = in.call(method, new PyObject[] {self, other}, PyBuiltin.NO_KEYWORDS);
        return r == PyNone.NOT_IMPLEMENTED ? null : r;
    }

    private static Integer orderBuiltin(Interpreter in, PyObject a, PyObject b, Compare op) {
        if (a instanceof PyList x && b instanceof PyList y) {
            return Sequences.compare(in, x.toArray(), x.size(), y.toArray(), y.size(), op);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return Sequences.compare(in, x.items(), x.size(), y.items(), y.size(), op);
        }
        if (a instanceof PyBytesLike x && b instanceof PyBytesLike y) {
            Cost.bulk(in, Math.min(BytesMethods.length(a), BytesMethods.length(b)));
            return Integer.signum(java.util.Arrays.compareUnsigned(x.bytesView(), 0, BytesMethods.length(a), y.bytesView(), 0,
                    BytesMethods.length(b)));
        }
        return null;
    }

    private static int compareCodePoints(Interpreter in, String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        // A long common prefix is skipped a chunk at a time by vector code, each chunk charged (and stoppable).
        while (n - i >= Cost.CHUNK && a.regionMatches(i, b, i, Cost.CHUNK)) {
            Cost.bulk(in, Cost.CHUNK);
            i += Cost.CHUNK;
        }
        int from = i;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i - from >= Cost.FREE) {
            in.work(Cost.searched(i - from));
        }
        if (i == n) {
            return a.length() - b.length();
        }
        char x = a.charAt(i);
        char y = b.charAt(i);
        if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
            return Integer.compare(a.codePointAt(i), b.codePointAt(i));
        }
        return x - y;
    }

    public static boolean isInstance(PyObject o, PyType t) {
        return o.type().isSubtypeOf(t);
    }
}
