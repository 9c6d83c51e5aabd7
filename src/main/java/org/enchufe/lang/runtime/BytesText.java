package org.enchufe.lang.runtime;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.enchufe.lang.vm.Interpreter;

/**
 * The rest of bytes' and bytearray's text-like methods: case and class tests on ASCII letters
 * only (a byte over 127 is no letter), padding, partition, the affix removers, rsplit,
 * splitlines, tabs and translation. Those that do not look at what a character is run str's own
 * method on the bytes read as Latin-1, so both agree on every edge.
 */
final class BytesText {

    private BytesText() {
    }

    /** Each of these looks at every byte once (recasing, classifying, padding via str): charged so. */
    private static void method(PyType t, String name, NativeFn fn) {
        t.method(name, (in, self, a, k) -> {
            Cost.charByChar(in, BytesMethods.length(self));
            return fn.call(in, self, a, k);
        });
    }

    static void register(PyType t, Function<byte[], PyObject> make) {
        method(t, "upper", (in, self, a, k) -> make.apply(recase(self, Mode.UPPER)));
        method(t, "lower", (in, self, a, k) -> make.apply(recase(self, Mode.LOWER)));
        method(t, "isascii", (in, self, a, k) -> PyBool.of(all(self, c -> c < 128, true)));
        method(t, "isalnum", (in, self, a, k) -> PyBool.of(all(self, c -> letter(c) || digit(c), false)));
        method(t, "islower", (in, self, a, k) -> PyBool.of(cased(self, true)));
        method(t, "isupper", (in, self, a, k) -> PyBool.of(cased(self, false)));
        method(t, "istitle", (in, self, a, k) -> PyBool.of(istitle(self)));
        method(t, "capitalize", (in, self, a, k) -> make.apply(recase(self, Mode.CAPITALIZE)));
        method(t, "swapcase", (in, self, a, k) -> make.apply(recase(self, Mode.SWAP)));
        method(t, "title", (in, self, a, k) -> make.apply(recase(self, Mode.TITLE)));
        for (String name : new String[] {"center", "ljust", "rjust"}) {
            method(t, name, (in, self, a, k) -> {
                Args.range(name, a, k, 1, 2);
                PyObject fill = PyStr.of(" ");
                if (a.length > 1) {
                    if (!(a[1] instanceof PyBytesLike) || BytesMethods.length(a[1]) != 1) {
                        throw PyErrors.typeError(name + "() argument 2 must be a byte string of length 1, not " + a[1].type().name());
                    }
                    fill = PyStr.of(latin1(a[1]));
                }
                return viaStr(in, name, make, self, a[0], fill);
            });
        }
        method(t, "zfill", (in, self, a, k) -> viaStr(in, "zfill", make, self, a[0]));
        method(t, "expandtabs", (in, self, a, k) -> {
            PyObject[] b = Args.bind("expandtabs", a, k, 0, "tabsize");
            return b[0] == null ? viaStr(in, "expandtabs", make, self) : viaStr(in, "expandtabs", make, self, b[0]);
        });
        method(t, "partition", (in, self, a, k) -> viaStr(in, "partition", make, self, separator(a[0])));
        method(t, "rpartition", (in, self, a, k) -> viaStr(in, "rpartition", make, self, separator(a[0])));
        method(t, "removeprefix", (in, self, a, k) -> viaStr(in, "removeprefix", make, self, bytesArg(a[0])));
        method(t, "removesuffix", (in, self, a, k) -> viaStr(in, "removesuffix", make, self, bytesArg(a[0])));
        method(t, "rsplit", (in, self, a, k) -> {
            PyObject[] b = Args.bind("rsplit", a, k, 0, "sep", "maxsplit");
            PyObject sep = b[0] == null || b[0] == PyNone.NONE ? PyNone.NONE : separator(b[0]);
            return viaStr(in, "rsplit", make, self, sep, b[1] == null ? PyInt.of(-1) : b[1]);
        });
        method(t, "splitlines", (in, self, a, k) -> {
            PyObject[] b = Args.bind("splitlines", a, k, 0, "keepends");
            boolean keep = b[0] != null && Ops.index(in, b[0]) != 0;
            byte[] d = BytesMethods.data(self);
            int n = BytesMethods.length(self);
            PyList out = new PyList();
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (d[i] == '\n' || d[i] == '\r') {
                    int eol = d[i] == '\r' && i + 1 < n && d[i + 1] == '\n' ? i + 2 : i + 1;
                    out.append(make.apply(java.util.Arrays.copyOfRange(d, start, keep ? eol : i)));
                    start = eol;
                    i = eol - 1;
                }
            }
            if (start < n) {
                out.append(make.apply(java.util.Arrays.copyOfRange(d, start, n)));
            }
            return out;
        });
        t.staticMethod("maketrans", (in, self, a, k) -> {
            byte[] from = BytesMethods.needle(a[0]);
            byte[] to = BytesMethods.needle(a[1]);
            if (from.length != to.length) {
                throw PyErrors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xFF] = to[i];
            }
            return new PyBytes(table);
        });
        method(t, "translate", (in, self, a, k) -> {
            PyObject[] b = Args.bind("translate", a, k, 1, "table", "delete");
            byte[] table = b[0] == PyNone.NONE ? null : BytesMethods.needle(b[0]);
            if (table != null && table.length != 256) {
                throw PyErrors.valueError("translation table must be 256 characters long");
            }
            boolean[] deleted = new boolean[256];
            if (b[1] != null) {
                for (byte x : BytesMethods.needle(b[1])) {
                    deleted[x & 0xFF] = true;
                }
            }
            byte[] d = BytesMethods.data(self);
            int n = BytesMethods.length(self);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(n);
            for (int i = 0; i < n; i++) {
                int c = d[i] & 0xFF;
                if (!deleted[c]) {
                    out.write(table == null ? c : table[c]);
                }
            }
            return make.apply(out.toByteArray());
        });
    }

    private enum Mode { CAPITALIZE, SWAP, TITLE, UPPER, LOWER }

    private static boolean letter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean all(PyObject self, java.util.function.IntPredicate test, boolean emptyAnswer) {
        byte[] d = BytesMethods.data(self);
        int n = BytesMethods.length(self);
        if (n == 0) {
            return emptyAnswer;
        }
        for (int i = 0; i < n; i++) {
            if (!test.test(d[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** islower/isupper: some cased letter, and none of the other case. */
    private static boolean cased(PyObject self, boolean lower) {
        byte[] d = BytesMethods.data(self);
        boolean seen = false;
        for (int i = 0; i < BytesMethods.length(self); i++) {
            int c = d[i];
            if (c >= 'a' && c <= 'z') {
                if (!lower) {
                    return false;
                }
                seen = true;
            } else if (c >= 'A' && c <= 'Z') {
                if (lower) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    private static boolean istitle(PyObject self) {
        byte[] d = BytesMethods.data(self);
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < BytesMethods.length(self); i++) {
            int c = d[i];
            if (c >= 'A' && c <= 'Z') {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (c >= 'a' && c <= 'z') {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    private static byte[] recase(PyObject self, Mode mode) {
        byte[] d = BytesMethods.data(self);
        int n = BytesMethods.length(self);
        byte[] out = new byte[n];
        boolean previousLetter = false;
        for (int i = 0; i < n; i++) {
            int c = d[i];
            boolean upper = c >= 'A' && c <= 'Z';
            boolean lower = c >= 'a' && c <= 'z';
            boolean toUpper = switch (mode) {
                case CAPITALIZE -> i == 0;
                case SWAP -> lower;
                case TITLE -> !previousLetter;
                case UPPER -> true;
                case LOWER -> false;
            };
            if (upper && !toUpper) {
                c += 32;
            } else if (lower && toUpper) {
                c -= 32;
            }
            out[i] = (byte) c;
            previousLetter = upper || lower;
        }
        return out;
    }

    private static String latin1(PyObject bytes) {
        return new String(BytesMethods.data(bytes), 0, BytesMethods.length(bytes), StandardCharsets.ISO_8859_1);
    }

    private static PyObject separator(PyObject sep) {
        PyStr s = bytesArg(sep);
        if (s.value().isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        return s;
    }

    private static PyStr bytesArg(PyObject o) {
        if (!(o instanceof PyBytesLike)) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return PyStr.of(latin1(o));
    }

    /** str's method of that name on the bytes read as Latin-1, and its strs made bytes again. */
    private static PyObject viaStr(Interpreter in, String name, Function<byte[], PyObject> make, PyObject self, PyObject... args) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = PyStr.of(latin1(self));
        System.arraycopy(args, 0, all, 1, args.length);
        return back(PyType.STR.lookup(name).call(in, all, PyBuiltin.NO_KEYWORDS), make);
    }

    private static PyObject back(PyObject r, Function<byte[], PyObject> make) {
        if (r instanceof PyStr s) {
            return make.apply(s.value().getBytes(StandardCharsets.ISO_8859_1));
        }
        if (r instanceof PyTuple t) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = back(t.get(i), make);
            }
            return PyTuple.of(items);
        }
        PyList out = new PyList();
        for (PyObject x : ((PyList) r).toArray()) {
            out.append(back(x, make));
        }
        return out;
    }
}
