package org.enchufe.lang.modules.random;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Cost;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code _random}, what random.py stands on: the generator type (CPython's {@code _random.Random}
 * without its Python layer) and the few pieces of math, os and hashlib random.py imports, so that
 * it needs none of those modules.
 */
public final class RandomNative {

    private static final SecureRandom ENTROPY = new SecureRandom();

    /** One generator: a Mersenne Twister's state. */
    static final PyType GENERATOR = PyType.builtin("_random", "Random");

    private RandomNative() {
    }

    /**
     * A generator object. The module's own instance is marked {@code reseedOnFork}: as CPython's
     * random.py registers {@code _inst.seed} to run in a forked child, the child's copy starts
     * from fresh entropy instead of repeating the parent's numbers; any other generator is copied
     * as it is.
     */
    static final class PyGenerator extends PyObject {
        Mt19937 mt = new Mt19937();
        boolean reseedOnFork;

        @Override
        public PyType type() {
            return GENERATOR;
        }

        @Override
        public PyObject forkCopy(Forker fork) {
            PyGenerator copy = fork.remember(this, new PyGenerator());
            copy.reseedOnFork = reseedOnFork;
            if (reseedOnFork) {
                copy.mt.seed(entropy());
            } else {
                copy.mt = mt.copy();
            }
            return copy;
        }
    }

    private static BigInteger entropy() {
        byte[] bytes = new byte[Mt19937.N * 4];
        ENTROPY.nextBytes(bytes);
        return new BigInteger(1, bytes);
    }

    static {
        GENERATOR.withConstructor((in, type, a, k) -> new PyGenerator());
        GENERATOR.method("seed", (in, self, a, k) -> {
            PyObject seed = Args.one("seed", a, k);
            Mt19937 mt = ((PyGenerator) self).mt;
            if (seed == PyNone.NONE) {
                mt.seed(entropy());
            } else if (seed instanceof PyInt n) {
                mt.seed(n.asBig().abs());
            } else {
                // As CPython: the hash taken as an unsigned 64-bit number, not its absolute value.
                mt.seed(new BigInteger(Long.toUnsignedString(seed.hash(in))));
            }
            return PyNone.NONE;
        });
        GENERATOR.method("random", (in, self, a, k) -> {
            Args.none("random", a, k);
            return PyFloat.of(((PyGenerator) self).mt.random());
        });
        GENERATOR.method("getrandbits", (in, self, a, k) -> {
            PyObject arg = Args.one("getrandbits", a, k);
            if (!(arg instanceof PyInt n)) {
                throw PyErrors.typeError("'" + arg.type().name() + "' object cannot be interpreted as an integer");
            }
            return getrandbits(in, ((PyGenerator) self).mt, n);
        });
        GENERATOR.method("getstate", (in, self, a, k) -> {
            long[] state = ((PyGenerator) self).mt.state();
            PyObject[] items = new PyObject[state.length];
            for (int i = 0; i < state.length; i++) {
                items[i] = PyInt.of(state[i]);
            }
            return new PyTuple(items);
        });
        GENERATOR.method("setstate", (in, self, a, k) -> {
            PyObject arg = Args.one("setstate", a, k);
            if (!(arg instanceof PyTuple t)) {
                throw PyErrors.typeError("state vector must be a tuple");
            }
            if (t.size() != Mt19937.N + 1) {
                throw PyErrors.valueError("state vector is the wrong size");
            }
            int[] words = new int[Mt19937.N];
            for (int i = 0; i < Mt19937.N; i++) {
                words[i] = (int) unsignedWord(t.get(i));
            }
            PyObject last = t.get(Mt19937.N);
            if (!(last instanceof PyInt position)) {
                throw PyErrors.typeError("an integer is required");
            }
            long index = position.asLong();
            if (index < 0 || index > Mt19937.N) {
                throw PyErrors.valueError("invalid state");
            }
            ((PyGenerator) self).mt.setState(words, (int) index);
            return PyNone.NONE;
        });
        GENERATOR.method("_reseed_on_fork", (in, self, a, k) -> {
            ((PyGenerator) self).reseedOnFork = true;
            return PyNone.NONE;
        });
    }

    private static long unsignedWord(PyObject o) {
        if (!(o instanceof PyInt n)) {
            throw PyErrors.typeError("an integer is required");
        }
        BigInteger v = n.asBig();
        if (v.signum() < 0 || v.bitLength() > 64) {
            throw PyErrors.overflow(v.signum() < 0 ? "can't convert negative value to unsigned int"
                    : "Python int too large to convert to C unsigned long");
        }
        return v.longValue();
    }

    private static PyObject getrandbits(Interpreter in, Mt19937 mt, PyInt n) {
        if (n.signum() < 0) {
            throw PyErrors.valueError("number of bits must be non-negative");
        }
        BigInteger big = n.asBig();
        if (big.bitLength() > 62) {
            throw PyErrors.overflow("Python int too large to convert to C int");
        }
        long k = n.asLong();
        if (k == 0) {
            return PyInt.of(0);
        }
        if (k <= 32) {
            return PyInt.of(mt.bits32((int) k));
        }
        if (k > Integer.MAX_VALUE) {
            throw PyErrors.overflow("Python int too large to convert to C int");
        }
        // Charged as it is made: getrandbits(2**31 - 1) makes 256 MiB, and a kill stops it half-way.
        byte[] little = mt.bitsLittleEndian(k, () -> Cost.bulk(in, 4L * Mt19937.WORDS_PER_CHUNK));
        byte[] big8 = new byte[little.length + 1];
        for (int i = 0; i < little.length; i++) {
            big8[big8.length - 1 - i] = little[i];
        }
        return PyInt.of(new BigInteger(big8));
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_random");
        m.add("Random", GENERATOR);
        m.function("_log", (i, s, a, k) -> {
            Args.between("log", a, k, 1, 2);
            double x = log(real(a[0]));
            return PyFloat.of(a.length == 1 ? x : x / log(real(a[1])));
        });
        m.function("_exp", (i, s, a, k) -> {
            double r = ExactMath.exp(real(Args.one("exp", a, k)));
            if (Double.isInfinite(r)) {
                throw PyErrors.overflow("math range error");
            }
            return PyFloat.of(r);
        });
        m.function("_sqrt", (i, s, a, k) -> {
            double x = real(Args.one("sqrt", a, k));
            if (x < 0) {
                throw PyErrors.valueError("math domain error");
            }
            return PyFloat.of(StrictMath.sqrt(x));
        });
        m.function("_acos", (i, s, a, k) -> {
            double x = real(Args.one("acos", a, k));
            if (x < -1 || x > 1) {
                throw PyErrors.valueError("math domain error");
            }
            return PyFloat.of(StrictMath.acos(x));
        });
        m.function("_cos", (i, s, a, k) -> PyFloat.of(StrictMath.cos(real(Args.one("cos", a, k)))));
        m.function("_sin", (i, s, a, k) -> PyFloat.of(StrictMath.sin(real(Args.one("sin", a, k)))));
        m.function("_floor", (i, s, a, k) -> integral(StrictMath.floor(real(Args.one("floor", a, k)))));
        m.function("_ceil", (i, s, a, k) -> integral(StrictMath.ceil(real(Args.one("ceil", a, k)))));
        m.function("_isfinite", (i, s, a, k) -> org.enchufe.lang.runtime.PyBool.of(Double.isFinite(real(Args.one("isfinite", a, k)))));
        m.function("_urandom", (i, s, a, k) -> {
            long n = ((PyInt) Args.one("urandom", a, k)).asLong();
            if (n < 0) {
                throw PyErrors.valueError("negative argument not allowed");
            }
            Cost.bulk(i, n);
            byte[] bytes = new byte[(int) n];
            ENTROPY.nextBytes(bytes);
            return new PyBytes(bytes);
        });
        m.function("_sha512", (i, s, a, k) -> {
            byte[] data = ((PyBytesLike) Args.one("sha512", a, k)).bytesView();
            Cost.bulk(i, data.length);
            try {
                return new PyBytes(MessageDigest.getInstance("SHA-512").digest(data));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-512", e);
            }
        });
        return m;
    }

    private static double log(double x) {
        if (x <= 0) {
            throw PyErrors.valueError("math domain error");
        }
        return ExactMath.log(x);
    }

    private static PyObject integral(double v) {
        if (Double.isNaN(v)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw PyErrors.overflow("cannot convert float infinity to integer");
        }
        return Math.abs(v) < 9.0e18 ? PyInt.of((long) v) : PyInt.of(new java.math.BigDecimal(v).toBigInteger());
    }

    private static double real(PyObject o) {
        if (o instanceof PyFloat || o instanceof PyInt) {
            return org.enchufe.lang.runtime.Numbers.toDouble(o);
        }
        throw PyErrors.typeError("must be real number, not " + o.type().name());
    }
}
