package org.enchufe.lang.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.enchufe.lang.vm.BlockSignal;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Suspension;

/** The builtins module: the functions and types every program sees without importing. */
public final class Builtins {

    private Builtins() {
    }

    /** The builtins namespace for one interpreter; its objects are shared, the dict is its own. */
    public static PyDict create(Interpreter in) {
        TypesInit.ensure();
        PyDict b = new PyDict();
        for (PyType t : new PyType[] {PyType.INT, PyType.BOOL, PyType.FLOAT, PyType.STR, PyType.BYTES, PyType.BYTEARRAY,
                PyType.TUPLE, PyType.LIST, PyType.DICT, PyType.SET, PyType.FROZENSET, PyType.RANGE, PyType.SLICE,
                PyType.TYPE, PyType.OBJECT, PyType.PROPERTY, PyType.STATICMETHOD, PyType.CLASSMETHOD, PyType.SUPER,
                PyType.MAP, PyType.FILTER, PyType.ZIP, PyType.ENUMERATE, PyType.REVERSED, PyType.MEMORYVIEW}) {
            b.putStr(t.name(), t);
        }
        ExceptionTypes.all().forEach(b::putStr);
        b.putStr("EnvironmentError", ExceptionTypes.OS_ERROR);
        b.putStr("IOError", ExceptionTypes.OS_ERROR);
        b.putStr("None", PyNone.NONE);
        b.putStr("NotImplemented", PyNone.NOT_IMPLEMENTED);
        b.putStr("Ellipsis", PyNone.ELLIPSIS);
        b.putStr("__name__", PyStr.of("builtins"));
        b.putStr("__debug__", PyBool.TRUE);
        fn(b, "print", Builtins::print);
        fn(b, "input", Builtins::input);
        fn(b, "len", (i, s, a, k) -> PyInt.of(Ops.len(i, a[0])));
        fn(b, "repr", (i, s, a, k) -> PyStr.of(Ops.repr(i, a[0])));
        fn(b, "ascii", (i, s, a, k) -> PyStr.of(ascii(Ops.repr(i, a[0]))));
        fn(b, "isinstance", Builtins::isinstance);
        fn(b, "issubclass", Builtins::issubclass);
        fn(b, "hex", (i, s, a, k) -> PyStr.of(radix(a[0], 16, "0x")));
        fn(b, "oct", (i, s, a, k) -> PyStr.of(radix(a[0], 8, "0o")));
        fn(b, "bin", (i, s, a, k) -> PyStr.of(radix(a[0], 2, "0b")));
        fn(b, "ord", Builtins::ord);
        fn(b, "chr", Builtins::chr);
        fn(b, "abs", Builtins::abs);
        fn(b, "min", (i, s, a, k) -> minMax(i, a, k, "min", true));
        fn(b, "max", (i, s, a, k) -> minMax(i, a, k, "max", false));
        fn(b, "sum", Builtins::sum);
        fn(b, "sorted", Builtins::sorted);
        fn(b, "any", (i, s, a, k) -> {
            PyObject it = Ops.iter(i, a[0]);
            long n = 0;
            for (PyObject x = it.next(i); x != null; x = it.next(i)) {
                Cost.item(i, n++);
                if (Ops.truthy(i, x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        fn(b, "all", (i, s, a, k) -> {
            PyObject it = Ops.iter(i, a[0]);
            long n = 0;
            for (PyObject x = it.next(i); x != null; x = it.next(i)) {
                Cost.item(i, n++);
                if (!Ops.truthy(i, x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        fn(b, "iter", (i, s, a, k) -> {
            if (a.length == 2) {
                if (!isCallable(a[0])) {
                    throw PyErrors.typeError("iter(v, w): v must be callable");
                }
                return new PyIterator.OfCallable(a[0], a[1]);
            }
            return Ops.iter(i, a[0]);
        });
        fn(b, "next", Builtins::next);
        fn(b, "round", Builtins::round);
        fn(b, "divmod", (i, s, a, k) -> {
            return PyTuple.of(Ops.binary(i, org.enchufe.lang.ast.Operator.FLOORDIV, a[0], a[1]),
                    Ops.binary(i, org.enchufe.lang.ast.Operator.MOD, a[0], a[1]));
        });
        fn(b, "pow", Builtins::pow);
        fn(b, "format", (i, s, a, k) -> {
            return PyStr.of(Formatter.formatValue(i, a[0], a.length > 1 ? Ops.str(i, a[1]) : ""));
        });
        fn(b, "getattr", Builtins::getattr);
        fn(b, "setattr", (i, s, a, k) -> {
            a[0].setAttr(i, attrName(a[1], "setattr"), a[2]);
            return PyNone.NONE;
        });
        fn(b, "hasattr", (i, s, a, k) -> {
            try {
                a[0].getAttr(i, attrName(a[1], "hasattr"));
                return PyBool.TRUE;
            } catch (PyRaise e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    return PyBool.FALSE;
                }
                throw e;
            }
        });
        fn(b, "delattr", (i, s, a, k) -> {
            a[0].delAttr(i, attrName(a[1], "delattr"));
            return PyNone.NONE;
        });
        fn(b, "id", (i, s, a, k) -> PyInt.of(Long.parseLong(i.addressOf(a[0]).substring(2), 16)));
        fn(b, "hash", (i, s, a, k) -> PyInt.of(Ops.hash(i, a[0])));
        fn(b, "callable", (i, s, a, k) -> PyBool.of(isCallable(a[0])));
        fn(b, "vars", (i, s, a, k) -> {
            if (a.length == 0) {
                return org.enchufe.lang.vm.Introspection.locals(i);
            }
            try {
                return a[0].getAttr(i, "__dict__");
            } catch (PyRaise e) {
                throw PyErrors.typeError("vars() argument must have __dict__ attribute");
            }
        });
        fn(b, "dir", Builtins::dir);
        fn(b, "exit", Builtins::exit);
        fn(b, "quit", Builtins::exit);
        fn(b, "__build_class__", Builtins::buildClass);
        fn(b, "open", (i, s, a, k) -> {
            throw PyErrors.notImplemented("open() (files)");
        });
        fn(b, "globals", (i, s, a, k) -> org.enchufe.lang.vm.Introspection.globals(i));
        fn(b, "locals", (i, s, a, k) -> org.enchufe.lang.vm.Introspection.locals(i));
        for (String name : new String[] {"eval", "exec", "compile", "breakpoint",
                "__import__", "aiter", "anext"}) {
            fn(b, name, (i, s, a, k) -> {
                throw PyErrors.notImplemented(name + "()");
            });
        }
        return b;
    }

    private static void fn(PyDict b, String name, NativeFn fn) {
        b.putStr(name, PyBuiltin.function(name, fn));
    }

    /** repr with every non-ASCII character escaped, as ascii() and !a give it. */
    public static String ascii(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                out.append((char) cp);
            } else {
                out.append(PyStr.escape(cp));
            }
        });
        return out.toString();
    }

    private static PyObject print(Interpreter in, PyObject self, PyObject[] args, String[] kwnames) {
        int positional = args.length - kwnames.length;
        String sep = " ";
        String end = "\n";
        PyObject file = PyNone.NONE;
        boolean flush = false;
        for (int k = 0; k < kwnames.length; k++) {
            PyObject v = args[positional + k];
            switch (kwnames[k]) {
                case "sep" -> sep = textOrDefault(v, " ", "sep");
                case "end" -> end = textOrDefault(v, "\n", "end");
                case "file" -> file = v;
                case "flush" -> flush = Ops.truthy(in, v);
                default -> throw PyErrors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for print()");
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < positional; i++) {
            if (i > 0) {
                out.append(sep);
            }
            out.append(Ops.str(in, args[i]));
        }
        out.append(end);
        if (file == PyNone.NONE) {
            in.writeStdout(out.toString());
        } else {
            PyObject write = file.getAttr(in, "write");
            in.call(write, new PyObject[] {PyStr.of(out.toString())}, PyBuiltin.NO_KEYWORDS);
        }
        if (flush) {
            in.flush();
        }
        return PyNone.NONE;
    }

    private static String textOrDefault(PyObject v, String otherwise, String what) {
        if (v == PyNone.NONE) {
            return otherwise;
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError(what + " must be None or a string, not " + v.type().name());
    }

    private static PyObject input(Interpreter in, PyObject self, PyObject[] args, String[] kwnames) {
        Args.range("input", args, kwnames, 0, 1);
        if (args.length == 1) {
            in.writeStdout(Ops.str(in, args[0]));
        }
        in.flush();
        throw new BlockSignal(new Suspension.ReadLine(false));
    }

    private static PyObject isinstance(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        return PyBool.of(instanceOf(a[0], a[1], "isinstance"));
    }

    private static boolean instanceOf(PyObject o, PyObject cls, String function) {
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items()) {
                if (instanceOf(o, c, function)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyGenericAlias) {
            throw PyErrors.typeError(function + "() argument 2 cannot be a parameterized generic");
        }
        if (cls instanceof PyUnionType union) {
            return PyUnionType.anyOf(union, function, t -> o.type().isSubtypeOf(t));
        }
        if (!(cls instanceof PyType type)) {
            throw PyErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return o.type().isSubtypeOf(type);
    }

    private static PyObject issubclass(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        if (!(a[0] instanceof PyType sub)) {
            throw PyErrors.typeError("issubclass() arg 1 must be a class");
        }
        return PyBool.of(subclassOf(sub, a[1]));
    }

    private static boolean subclassOf(PyType sub, PyObject cls) {
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items()) {
                if (subclassOf(sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyGenericAlias) {
            throw PyErrors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        }
        if (cls instanceof PyUnionType union) {
            return PyUnionType.anyOf(union, "issubclass", sub::isSubtypeOf);
        }
        if (!(cls instanceof PyType type)) {
            throw PyErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return sub.isSubtypeOf(type);
    }

    private static String radix(PyObject o, int radix, String prefix) {
        Interpreter in = Interpreter.current();
        PyObject value = o;
        if (!(value instanceof PyInt)) {
            PyObject index = o.type().isBuiltin() ? null : o.type().lookup("__index__");
            if (index == null) {
                throw PyErrors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
            }
            value = in.call(index, new PyObject[] {o}, PyBuiltin.NO_KEYWORDS);
        }
        BigInteger v = ((PyInt) value).asBig();
        return (v.signum() < 0 ? "-" : "") + prefix + BigMath.powerOfTwoDigits(in, v.abs(), radix);
    }

    private static PyObject ord(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject o = a[0];
        if (o instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyErrors.typeError("ord() expected a character, but string of length " + s.length() + " found");
            }
            return PyInt.of(s.value().codePointAt(0));
        }
        if (o instanceof PyBytesLike bytes) {
            int n = BytesMethods.length(o);
            if (n != 1) {
                throw PyErrors.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return PyInt.of(bytes.bytesView()[0] & 0xFF);
        }
        throw PyErrors.typeError("ord() expected string of length 1, but " + o.type().name() + " found");
    }

    private static PyObject chr(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject o = a[0];
        if (!(o instanceof PyInt i)) {
            throw PyErrors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        long v = i.isSmall() ? i.asLong() : -1;
        if (v < 0 || v > 0x10FFFF) {
            throw PyErrors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.of(Character.toString((int) v));
    }

    private static PyObject abs(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject o = a[0];
        if (o instanceof PyInt i) {
            return i.signum() < 0 ? Ops.unary(in, org.enchufe.lang.ast.Expr.UnaryKind.USUB, i) : i instanceof PyBool ? PyInt.of(i.asLong()) : i;
        }
        if (o instanceof PyFloat f) {
            return PyFloat.of(Math.abs(f.value()));
        }
        PyObject method = o.type().lookup("__abs__");
        if (method != null && !o.type().isBuiltin()) {
            return in.call(method, new PyObject[] {o}, PyBuiltin.NO_KEYWORDS);
        }
        throw PyErrors.typeError("bad operand type for abs(): '" + o.type().name() + "'");
    }

    private static PyObject minMax(Interpreter in, PyObject[] a, String[] k, String name, boolean min) {
        int positional = a.length - k.length;
        PyObject key = null;
        PyObject dflt = null;
        // CPython counts the positional arguments before it looks at the keywords.
        if (positional == 0) {
            throw PyErrors.typeError(name + " expected at least 1 argument, got 0");
        }
        for (int i = 0; i < k.length; i++) {
            switch (k[i]) {
                case "key" -> key = a[positional + i];
                case "default" -> dflt = a[positional + i];
                default -> throw PyErrors.typeError("'" + k[i] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        PyObject[] items;
        if (positional == 1) {
            items = Ops.toArray(in, a[0]);
            if (items.length == 0) {
                if (dflt != null) {
                    return dflt;
                }
                throw PyErrors.valueError(name + "() arg is an empty sequence");
            }
        } else {
            if (dflt != null) {
                throw PyErrors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = java.util.Arrays.copyOf(a, positional);
        }
        PyObject best = items[0];
        PyObject bestKey = key == null || key == PyNone.NONE ? best : in.call(key, new PyObject[] {best}, PyBuiltin.NO_KEYWORDS);
        for (int i = 1; i < items.length; i++) {
            Cost.operation(in, i);
            PyObject candidateKey = key == null || key == PyNone.NONE ? items[i]
                    : in.call(key, new PyObject[] {items[i]}, PyBuiltin.NO_KEYWORDS);
            boolean better = min ? Ops.lessThan(in, candidateKey, bestKey) : Ops.lessThan(in, bestKey, candidateKey);
            if (better) {
                best = items[i];
                bestKey = candidateKey;
            }
        }
        return best;
    }

    private static PyObject sum(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("sum", a, k, 1, "iterable", "start");
        PyObject total = b[1] == null ? PyInt.of(0) : b[1];
        if (total instanceof PyStr) {
            throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (total instanceof PyBytes) {
            throw PyErrors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        PyObject it = Ops.iter(in, b[0]);
        long n = 0;
        for (PyObject x = it.next(in); x != null; x = it.next(in)) {
            Cost.operation(in, n++);
            total = Ops.binary(in, org.enchufe.lang.ast.Operator.ADD, total, x);
        }
        return total;
    }

    private static PyObject sorted(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] positional = Args.positional(a, k);
        if (positional.length != 1) {
            throw PyErrors.typeError("sorted expected 1 argument, got " + positional.length);
        }
        PyList list = new PyList(Ops.toArray(in, positional[0]).clone());
        PyObject key = null;
        boolean reverse = false;
        for (int i = 0; i < k.length; i++) {
            switch (k[i]) {
                case "key" -> key = a[positional.length + i];
                case "reverse" -> reverse = Ops.truthy(in, a[positional.length + i]);
                default -> throw PyErrors.typeError("sort() got an unexpected keyword argument '" + k[i] + "'");
            }
        }
        list.sort(in, key, reverse);
        return list;
    }

    private static PyObject next(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject it = a[0];
        if (!(it instanceof PyIterator) && !(it instanceof org.enchufe.lang.vm.PyGenerator) && it.type().lookup("__next__") == null) {
            throw PyErrors.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        PyObject v = Ops.next(in, it);
        if (v == null) {
            if (a.length > 1) {
                return a[1];
            }
            if (it instanceof org.enchufe.lang.vm.PyGenerator g) {
                throw g.stopIteration();
            }
            throw new PyRaise(PyException.withArgs(ExceptionTypes.STOP_ITERATION));
        }
        return v;
    }

    private static PyObject round(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("round", a, k, 1, "number", "ndigits");
        PyObject x = b[0];
        PyObject nd = b[1] == null ? PyNone.NONE : b[1];
        if (x instanceof PyInt i) {
            if (nd == PyNone.NONE) {
                return i instanceof PyBool ? PyInt.of(i.asLong()) : i;
            }
            int n = Ops.index(in, nd);
            if (n >= 0) {
                return i instanceof PyBool ? PyInt.of(i.asLong()) : i;
            }
            BigDecimal rounded = new BigDecimal(i.asBig()).setScale(n, RoundingMode.HALF_EVEN);
            return PyInt.of(rounded.toBigInteger());
        }
        if (x instanceof PyFloat f) {
            double v = f.value();
            if (nd == PyNone.NONE) {
                if (Double.isNaN(v)) {
                    throw PyErrors.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(v)) {
                    throw PyErrors.overflow("cannot convert float infinity to integer");
                }
                return PyInt.of(new BigDecimal(v).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
            }
            int n = Ops.index(in, nd);
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
                return f;
            }
            if (n > 300) {
                return f;
            }
            return PyFloat.of(new BigDecimal(v).setScale(n, RoundingMode.HALF_EVEN).doubleValue());
        }
        PyObject method = x.type().isBuiltin() ? null : x.type().lookup("__round__");
        if (method != null) {
            return in.call(method, nd == PyNone.NONE ? new PyObject[] {x} : new PyObject[] {x, nd}, PyBuiltin.NO_KEYWORDS);
        }
        throw PyErrors.typeError("type " + x.type().name() + " doesn't define __round__ method");
    }

    private static PyObject pow(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("pow", a, k, 2, "base", "exp", "mod");
        if (b[2] == null || b[2] == PyNone.NONE) {
            return Ops.binary(in, org.enchufe.lang.ast.Operator.POW, b[0], b[1]);
        }
        if (!(b[0] instanceof PyInt base) || !(b[1] instanceof PyInt exp) || !(b[2] instanceof PyInt mod)) {
            throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (mod.signum() == 0) {
            throw PyErrors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger m = mod.asBig();
        BigInteger r = exp.signum() >= 0 ? BigMath.modPow(in, base.asBig(), exp.asBig(), m.abs())
                : base.asBig().modPow(exp.asBig(), m.abs());
        if (m.signum() < 0 && r.signum() > 0) {
            r = r.add(m);
        }
        return PyInt.of(r);
    }

    /** The name argument of getattr/setattr/delattr/hasattr and object's attribute methods. */
    static String attrName(PyObject o, String fn) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("attribute name must be string, not '" + o.type().name() + "'");
    }

    private static PyObject getattr(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        try {
            return a[0].getAttr(in, attrName(a[1], "getattr"));
        } catch (PyRaise e) {
            if (a.length == 3 && e.exception().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return a[2];
            }
            throw e;
        }
    }

    static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod || o instanceof PyType
                || o.type().lookup("__call__") != null;
    }

    private static PyObject dir(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        if (a.length == 0) {
            PyList out = new PyList();
            org.enchufe.lang.vm.Introspection.localNames(in).forEach(n -> out.append(PyStr.of(n)));
            return out;
        }
        TreeSet<String> names = new TreeSet<>();
        PyObject o = a[0];
        if (o instanceof PyModule m) {
            m.dict().map().keySet().forEach(key -> names.add(Ops.str(in, key)));
        } else {
            java.util.Map<String, PyObject> own = Attributes.ownDict(o);
            if (own != null) {
                names.addAll(own.keySet());
            }
            PyType type = o instanceof PyType t ? t : o.type();
            for (PyType t : type.mro()) {
                names.addAll(t.dict().keySet());
            }
        }
        PyList out = new PyList();
        names.forEach(n -> out.append(PyStr.of(n)));
        return out;
    }

    private static PyObject exit(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("exit", a, k, 0, 1);
        throw new PyRaise(PyException.withArgs(ExceptionTypes.SYSTEM_EXIT, a));
    }

    /** {@code class Name(bases): body} — runs the body, then makes the class. */
    private static PyObject buildClass(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyFunction body = (PyFunction) a[0];
        String name = ((PyStr) a[1]).value();
        int positional = a.length - k.length;
        List<PyType> bases = new ArrayList<>();
        boolean aliasedBase = false;
        for (int i = 2; i < positional; i++) {
            if (a[i] instanceof PyGenericAlias alias && alias.origin() instanceof PyType origin) {
                // __mro_entries__: class Names(list[str]) derives from list.
                bases.add(origin);
                aliasedBase = true;
                continue;
            }
            if (!(a[i] instanceof PyType t)) {
                throw PyErrors.typeError("bases must be types");
            }
            bases.add(t);
        }
        for (String kw : k) {
            if (!kw.equals("metaclass")) {
                throw PyErrors.typeError(name + ".__init_subclass__() takes no keyword arguments");
            }
        }
        PyDict namespace = new PyDict();
        PyObject cell = in.runClassBody(body, namespace);
        java.util.Map<String, PyObject> attrs = new java.util.LinkedHashMap<>();
        namespace.map().forEach((key, value) -> attrs.put(((PyStr) key).value(), value));
        String qualname = attrs.containsKey("__qualname__") ? Ops.str(in, attrs.remove("__qualname__")) : name;
        String module = attrs.containsKey("__module__") ? Ops.str(in, attrs.get("__module__")) : "__main__";
        if (aliasedBase) {
            attrs.put("__orig_bases__", new PyTuple(java.util.Arrays.copyOfRange(a, 2, positional)));
        }
        for (PyType base : bases) {
            if (base == PyType.BOOL || base == PyType.RANGE || base == PyType.SLICE || base == PyType.FUNCTION) {
                throw PyErrors.typeError("type '" + base.name() + "' is not an acceptable base type");
            }
        }
        PyType cls = new PyType(name, qualname, module, bases.toArray(new PyType[0]), attrs);
        if (cell instanceof PyCell c) {
            c.value = cls;
        }
        return cls;
    }

    /** Instances of classes that derive from a builtin type other than object. */
    public static PyObject instantiateBuiltinSubclass(Interpreter in, PyType cls, PyType base, PyObject[] args, String[] kwnames) {
        throw PyErrors.notImplemented("subclassing the builtin type '" + base.name() + "'");
    }

    /** Makes sure every builtin type has registered its methods before any program runs. */
    static final class TypesInit {
        private static volatile boolean done;

        private TypesInit() {
        }

        static void ensure() {
            if (done) {
                return;
            }
            for (Class<?> c : new Class<?>[] {PyStr.class, PyBytes.class, PyByteArray.class, PyTuple.class, PyList.class,
                    PyDict.class, PySet.class, PyRange.class, PyProperty.class, PyStaticMethod.class, PyClassMethod.class,
                    TypeConstructors.class, org.enchufe.lang.vm.PyGenerator.class, PyMemoryView.class,
                    SpecialMethods.class, ObjectMethods.class, PyGenericAlias.class, PySimpleNamespace.class}) {
                try {
                    Class.forName(c.getName(), true, c.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
            done = true;
        }
    }
}
