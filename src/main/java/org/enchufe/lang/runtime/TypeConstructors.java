package org.enchufe.lang.runtime;

import java.math.BigInteger;

import org.enchufe.lang.vm.Interpreter;

/**
 * What calling the builtin number, object and iterator types does — {@code int("42")},
 * {@code float("1.5")}, {@code type(x)}, {@code super()}, {@code zip(a, b)} — and the methods of
 * int and float.
 */
final class TypeConstructors {

    private TypeConstructors() {
    }

    static {
        PyType.INT.withConstructor(TypeConstructors::makeInt);
        PyType.BOOL.withConstructor((in, t, a, k) -> {
            Args.range("bool", a, k, 0, 1);
            return PyBool.of(a.length == 1 && Ops.truthy(in, a[0]));
        });
        PyType.FLOAT.withConstructor(TypeConstructors::makeFloat);
        // types.MethodType(function, instance) and types.ModuleType(name, doc=None), as CPython's.
        PyType.METHOD.withConstructor((in, t, a, k) -> {
            if (k.length > 0) {
                throw PyErrors.typeError("method() takes no keyword arguments");
            }
            if (a.length != 2) {
                throw PyErrors.typeError("method expected 2 arguments, got " + a.length);
            }
            if (!Builtins.isCallable(a[0])) {
                throw PyErrors.typeError("first argument must be callable");
            }
            if (a[1] == PyNone.NONE) {
                throw PyErrors.typeError("instance must not be None");
            }
            return new PyMethod(a[1], a[0]);
        });
        PyType.MODULE.withConstructor((in, t, a, k) -> {
            PyObject[] b = Args.bind("module", a, k, 1, "name", "doc");
            if (!(b[0] instanceof PyStr name)) {
                throw PyErrors.typeError("module() argument 'name' must be str, not " + b[0].type().name());
            }
            return PyModule.made(name.value(), b[1] == null ? PyNone.NONE : b[1]);
        });
        PyType.OBJECT.withConstructor((in, t, a, k) -> {
            if (a.length > 0) {
                throw PyErrors.typeError("object() takes no arguments");
            }
            return new PyInstance(PyType.OBJECT);
        });
        // What a class's own __setattr__, __getattribute__ or __delattr__ calls to do the plain thing.
        PyType.OBJECT.method("__setattr__", (in, self, a, k) -> {
            Args.range("__setattr__", a, k, 2, 2);
            String name = Builtins.attrName(a[0], "__setattr__");
            if (self instanceof PyInstance i) {
                i.setOwn(in, name, a[1]);
            } else {
                self.setAttr(in, name, a[1]);
            }
            return PyNone.NONE;
        });
        PyType.OBJECT.method("__getattribute__", (in, self, a, k) -> {
            Args.range("__getattribute__", a, k, 1, 1);
            String name = Builtins.attrName(a[0], "__getattribute__");
            return Attributes.required(in, self, name);
        });
        PyType.OBJECT.method("__delattr__", (in, self, a, k) -> {
            Args.range("__delattr__", a, k, 1, 1);
            String name = Builtins.attrName(a[0], "__delattr__");
            if (self instanceof PyInstance i) {
                i.delOwn(in, name);
            } else {
                self.delAttr(in, name);
            }
            return PyNone.NONE;
        });
        PyType.TYPE.withConstructor(TypeConstructors::makeType);
        PyType.SLICE.withConstructor((in, t, a, k) -> {
            Args.range("slice", a, k, 1, 3);
            return switch (a.length) {
                case 1 -> new PySlice(PyNone.NONE, a[0], PyNone.NONE);
                case 2 -> new PySlice(a[0], a[1], PyNone.NONE);
                default -> new PySlice(a[0], a[1], a[2]);
            };
        });
        PyType.SUPER.withConstructor((in, t, a, k) -> PySuper.make(in, a));
        PyType.ENUMERATE.withConstructor(TypeConstructors::enumerate);
        PyType.ZIP.withConstructor(TypeConstructors::zip);
        PyType.MAP.withConstructor(TypeConstructors::map);
        PyType.FILTER.withConstructor(TypeConstructors::filter);
        PyType.REVERSED.withConstructor(TypeConstructors::reversed);

        PyType i = PyType.INT;
        i.method("bit_length", (in, self, a, k) -> PyInt.of(((PyInt) self).asBig().abs().bitLength()));
        i.method("to_bytes", TypeConstructors::toBytes);
        i.staticMethod("from_bytes", TypeConstructors::fromBytes);
        i.method("conjugate", (in, self, a, k) -> self);
        i.method("bit_count", (in, self, a, k) -> {
            Args.none("bit_count", a, k);
            return PyInt.of(((PyInt) self).asBig().abs().bitCount());
        });
        i.method("as_integer_ratio", (in, self, a, k) -> {
            Args.none("as_integer_ratio", a, k);
            return PyTuple.of(PyInt.of(((PyInt) self).asBig()), PyInt.of(1));
        });
        // int's data descriptors: what a number is as a fraction and as a complex number.
        i.dict().put("numerator", new PyProperty(PyBuiltin.function("numerator", (in, self, a, k) -> PyInt.of(((PyInt) a[0]).asBig())),
                null, null));
        i.dict().put("real", new PyProperty(PyBuiltin.function("real", (in, self, a, k) -> PyInt.of(((PyInt) a[0]).asBig())),
                null, null));
        i.dict().put("denominator", new PyProperty(PyBuiltin.function("denominator", (in, self, a, k) -> PyInt.of(1)), null, null));
        i.dict().put("imag", new PyProperty(PyBuiltin.function("imag", (in, self, a, k) -> PyInt.of(0)), null, null));
        i.method("__index__", (in, self, a, k) -> self);

        PyType f = PyType.FLOAT;
        f.method("is_integer", (in, self, a, k) -> {
            double v = ((PyFloat) self).value();
            return PyBool.of(!Double.isInfinite(v) && v == Math.floor(v));
        });
        f.method("hex", (in, self, a, k) -> PyStr.of(Double.toHexString(((PyFloat) self).value())));
        f.method("as_integer_ratio", (in, self, a, k) -> {
            java.math.BigDecimal d = new java.math.BigDecimal(((PyFloat) self).value());
            BigInteger num = d.unscaledValue();
            BigInteger den = BigInteger.TEN.pow(Math.max(0, d.scale()));
            if (d.scale() < 0) {
                num = num.multiply(BigInteger.TEN.pow(-d.scale()));
            }
            BigInteger g = num.gcd(den);
            return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
        });
    }

    private static PyObject makeInt(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] b = Args.bind("int", args, kwnames, 0, "x", "base");
        if (b[0] == null) {
            if (b[1] != null) {
                throw PyErrors.typeError("int() missing string argument");
            }
            return PyInt.of(0);
        }
        PyObject x = b[0];
        if (b[1] != null) {
            int base = Ops.index(in, b[1]);
            String text;
            if (x instanceof PyStr s) {
                text = s.value();
            } else if (x instanceof PyBytesLike bytes) {
                text = new String(bytes.bytesView(), java.nio.charset.StandardCharsets.ISO_8859_1);
            } else {
                throw PyErrors.typeError("int() can't convert non-string with explicit base");
            }
            if (base != 0 && (base < 2 || base > 36)) {
                throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            return parseInt(text, base, x);
        }
        if (x instanceof PyInt i) {
            // int(True), int(socket.AF_INET): an int of the exact type, as CPython's int() gives.
            return i.getClass() == PyInt.class ? i : PyInt.of(i.asBig());
        }
        if (x instanceof PyFloat f) {
            double v = f.value();
            if (Double.isNaN(v)) {
                throw PyErrors.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(v)) {
                throw PyErrors.overflow("cannot convert float infinity to integer");
            }
            return PyInt.of(new java.math.BigDecimal(v).toBigInteger());
        }
        if (x instanceof PyStr s) {
            return parseInt(s.value(), 10, x);
        }
        if (x instanceof PyBytesLike bytes) {
            return parseInt(new String(bytes.bytesView(), java.nio.charset.StandardCharsets.ISO_8859_1), 10, x);
        }
        for (String method : new String[] {"__int__", "__index__", "__trunc__"}) {
            PyObject m = x.type().isBuiltin() ? null : x.type().lookup(method);
            if (m != null) {
                return in.call(m, new PyObject[] {x}, PyBuiltin.NO_KEYWORDS);
            }
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    /** int(text, base) with Python's literal rules: whitespace, sign, underscores, prefixes. */
    static PyObject parseInt(String text, int base, PyObject original) {
        String s = text.strip();
        String error = "invalid literal for int() with base " + base + ": " + Ops.repr(Interpreter.current(), original);
        if (s.isEmpty()) {
            throw PyErrors.valueError(error);
        }
        boolean negative = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        int effective = base;
        if (base == 0 || base == 16 || base == 8 || base == 2) {
            if (lower.startsWith("0x") && (base == 0 || base == 16)) {
                effective = 16;
                s = s.substring(2);
                s = s.startsWith("_") ? s.substring(1) : s;
            } else if (lower.startsWith("0o") && (base == 0 || base == 8)) {
                effective = 8;
                s = s.substring(2);
                s = s.startsWith("_") ? s.substring(1) : s;
            } else if (lower.startsWith("0b") && (base == 0 || base == 2)) {
                effective = 2;
                s = s.substring(2);
                s = s.startsWith("_") ? s.substring(1) : s;
            } else if (base == 0) {
                effective = 10;
                if (s.length() > 1 && s.charAt(0) == '0' && !s.chars().allMatch(c -> c == '0' || c == '_')) {
                    throw PyErrors.valueError(error);
                }
            }
        }
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
            throw PyErrors.valueError(error);
        }
        StringBuilder digits = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '_') {
                continue;
            }
            int d = Character.digit(c, effective);
            if (d < 0) {
                throw PyErrors.valueError(error);
            }
            digits.append(Character.forDigit(d, effective));
        }
        int limit = PyInt.maxStrDigits();
        if (limit > 0 && digits.length() > limit && effective == 10) {
            throw PyErrors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(digits.toString(), effective);
        return PyInt.of(negative ? v.negate() : v);
    }

    private static PyObject makeFloat(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        Args.range("float", args, kwnames, 0, 1);
        if (args.length == 0) {
            return PyFloat.of(0.0);
        }
        PyObject x = args[0];
        if (x instanceof PyFloat) {
            return x;
        }
        if (x instanceof PyInt i) {
            return PyFloat.of(i.asDouble());
        }
        if (x instanceof PyStr || x instanceof PyBytesLike) {
            String text = x instanceof PyStr s ? s.value()
                    : new String(((PyBytesLike) x).bytesView(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return PyFloat.of(parseFloat(text, x));
        }
        PyObject m = x.type().isBuiltin() ? null : x.type().lookup("__float__");
        if (m != null) {
            return in.call(m, new PyObject[] {x}, PyBuiltin.NO_KEYWORDS);
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
    }

    static double parseFloat(String text, PyObject original) {
        String s = text.strip().replace("_", "");
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        switch (lower) {
            case "inf", "+inf", "infinity", "+infinity" -> { return Double.POSITIVE_INFINITY; }
            case "-inf", "-infinity" -> { return Double.NEGATIVE_INFINITY; }
            case "nan", "+nan", "-nan" -> { return Double.NaN; }
            default -> { }
        }
        if (!s.matches("[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?)") || text.strip().contains("__")
                || text.strip().startsWith("_") || text.strip().endsWith("_")) {
            throw PyErrors.valueError("could not convert string to float: " + Ops.repr(Interpreter.current(), original));
        }
        return Double.parseDouble(s);
    }

    private static PyObject makeType(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        if (args.length == 1) {
            return args[0].type();
        }
        if (args.length != 3) {
            throw PyErrors.typeError("type() takes 1 or 3 arguments");
        }
        String name = Ops.str(in, args[0]);
        PyObject[] baseObjects = Ops.toArray(in, args[1]);
        PyType[] bases = new PyType[baseObjects.length];
        for (int i = 0; i < bases.length; i++) {
            bases[i] = (PyType) baseObjects[i];
        }
        java.util.Map<String, PyObject> attrs = new java.util.LinkedHashMap<>();
        ((PyDict) args[2]).map().forEach((k, v) -> attrs.put(Ops.str(in, k), v));
        return new PyType(name, name, "__main__", bases, attrs);
    }

    private static PyObject enumerate(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] b = Args.bind("enumerate", args, kwnames, 0, "iterable", "start");
        if (b[0] == null) {
            // enumerate's own check, without the "(pos 1)" of Argument Clinic's.
            throw PyErrors.typeError("enumerate() missing required argument 'iterable'");
        }
        PyObject it = Ops.iter(in, b[0]);
        long[] counter = {b[1] == null ? 0 : Ops.index(in, b[1])};
        return new PyIterator.Computed("enumerate", interp -> {
            PyObject x = Ops.next(interp, it);
            return x == null ? null : PyTuple.of(PyInt.of(counter[0]++), x);
        });
    }

    private static PyObject zip(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        boolean strict = false;
        int positional = args.length - kwnames.length;
        for (int k = 0; k < kwnames.length; k++) {
            if (!kwnames[k].equals("strict")) {
                throw PyErrors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for zip()");
            }
            strict = Ops.truthy(in, args[positional + k]);
        }
        PyObject[] iterators = new PyObject[positional];
        for (int i = 0; i < positional; i++) {
            iterators[i] = Ops.iter(in, args[i]);
        }
        boolean checkLengths = strict;
        return new PyIterator.Computed("zip", interp -> {
            if (iterators.length == 0) {
                return null;
            }
            PyObject[] items = new PyObject[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                items[i] = Ops.next(interp, iterators[i]);
                if (items[i] == null) {
                    if (checkLengths && i > 0) {
                        throw PyErrors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                + (i == 1 ? " 1" : "s 1-" + i));
                    }
                    return null;
                }
            }
            return PyTuple.of(items);
        });
    }

    private static PyObject map(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("map", kwnames);
        if (args.length < 2) {
            throw PyErrors.typeError("map() must have at least two arguments.");
        }
        PyObject fn = args[0];
        PyObject[] iterators = new PyObject[args.length - 1];
        for (int i = 1; i < args.length; i++) {
            iterators[i - 1] = Ops.iter(in, args[i]);
        }
        return new PyIterator.Computed("map", interp -> {
            PyObject[] items = new PyObject[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                items[i] = Ops.next(interp, iterators[i]);
                if (items[i] == null) {
                    return null;
                }
            }
            return interp.call(fn, items, PyBuiltin.NO_KEYWORDS);
        });
    }

    private static PyObject filter(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        Args.range("filter", args, kwnames, 2, 2);
        PyObject fn = args[0];
        PyObject it = Ops.iter(in, args[1]);
        return new PyIterator.Computed("filter", interp -> {
            for (PyObject x = Ops.next(interp, it); x != null; x = Ops.next(interp, it)) {
                boolean keep = fn == PyNone.NONE ? Ops.truthy(interp, x)
                        : Ops.truthy(interp, interp.call(fn, new PyObject[] {x}, PyBuiltin.NO_KEYWORDS));
                if (keep) {
                    return x;
                }
            }
            return null;
        });
    }

    private static PyObject reversed(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("reversed", kwnames);
        Args.range("reversed", args, kwnames, 1, 1);
        PyObject seq = args[0];
        PyObject custom = seq.type().isBuiltin() ? null : seq.type().lookup("__reversed__");
        if (custom != null) {
            return in.call(custom, new PyObject[] {seq}, PyBuiltin.NO_KEYWORDS);
        }
        if (seq instanceof PyDict || seq instanceof PySet || seq instanceof PyIterator) {
            if (seq instanceof PyDict d) {
                Cost.items(in, d.size());
                PyObject[] keys = d.map().keySet().toArray(new PyObject[0]);
                int[] index = {keys.length};
                return new PyIterator.Computed("dict_reversekeyiterator", interp -> index[0] > 0 ? keys[--index[0]] : null);
            }
            throw PyErrors.typeError("'" + seq.type().name() + "' object is not reversible");
        }
        int[] index = new int[1];
        try {
            index[0] = Ops.len(in, seq);
        } catch (PyRaise noLength) {
            if (noLength.exception().type() != ExceptionTypes.TYPE_ERROR) {
                throw noLength;
            }
            throw PyErrors.typeError("'" + seq.type().name() + "' object is not reversible");
        }
        return new PyIterator.Computed("reversed", interp -> {
            if (index[0] <= 0) {
                return null;
            }
            return Ops.getItem(interp, seq, PyInt.of(--index[0]));
        });
    }

    private static PyObject toBytes(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("to_bytes", a, k, 0, "length", "byteorder", "signed");
        int length = b[0] == null ? 1 : Ops.index(in, b[0]);
        String order = b[1] == null ? "big" : Args.str("to_bytes", "byteorder", b[1]);
        boolean signed = b[2] != null && Ops.truthy(in, b[2]);
        if (!order.equals("big") && !order.equals("little")) {
            throw PyErrors.valueError("byteorder must be either 'little' or 'big'");
        }
        if (length < 0) {
            throw PyErrors.valueError("length argument must be non-negative");
        }
        BigInteger v = ((PyInt) self).asBig();
        if (!signed && v.signum() < 0) {
            throw PyErrors.overflow("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8L) {
            throw PyErrors.overflow("int too big to convert");
        }
        // (0).to_bytes(10 ** 9) is a gigabyte of zeros: charged before it is made.
        in.accountBytes(length);
        Cost.bulk(in, length);
        byte[] out = new byte[length];
        byte[] raw = v.toByteArray();
        byte fill = (byte) (v.signum() < 0 ? 0xFF : 0);
        java.util.Arrays.fill(out, fill);
        for (int i = 0; i < Math.min(raw.length, length); i++) {
            out[length - 1 - i] = raw[raw.length - 1 - i];
        }
        if (order.equals("little")) {
            for (int i = 0, j = length - 1; i < j; i++, j--) {
                byte t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return new PyBytes(out);
    }

    /** PyObject_Bytes for from_bytes: an iterable of ints, or "cannot convert 'str' object to bytes". */
    private static byte[] bytesOf(Interpreter in, PyObject o) {
        if (o instanceof PyStr) {
            throw PyErrors.typeError("cannot convert 'str' object to bytes");
        }
        try {
            Ops.iter(in, o);
        } catch (PyRaise notIterable) {
            throw PyErrors.typeError("cannot convert '" + o.type().name() + "' object to bytes");
        }
        return BytesMethods.construct(in, "bytes", new PyObject[] {o}, PyBuiltin.NO_KEYWORDS);
    }

    private static PyObject fromBytes(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("from_bytes", a, k, 1, "bytes", "byteorder", "signed");
        String order = b[1] == null ? "big" : Args.str("from_bytes", "byteorder", b[1]);
        byte[] data = b[0] instanceof PyBytesLike bl ? java.util.Arrays.copyOf(bl.bytesView(), BytesMethods.length(b[0]))
                : bytesOf(in, b[0]);
        boolean signed = b[2] != null && Ops.truthy(in, b[2]);
        Cost.bulk(in, data.length);
        byte[] big = data.clone();
        if (order.equals("little")) {
            for (int i = 0, j = big.length - 1; i < j; i++, j--) {
                byte t = big[i];
                big[i] = big[j];
                big[j] = t;
            }
        } else if (!order.equals("big")) {
            throw PyErrors.valueError("byteorder must be either 'little' or 'big'");
        }
        return PyInt.of(big.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(big) : new BigInteger(1, big));
    }
}
