package org.enchufe.lang.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PySimpleNamespace;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PySet;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyStructSeq;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.Interpreter;

/**
 * What sys says about the interpreter: its flags, the float, int, hash and thread facts, the
 * implementation and the module names. The values are Enchufe's own where it has them (an int has
 * no 30-bit digits here, but programs read these to know the ranges, which are CPython's).
 */
final class SysInfo {

    static final PyStructSeq.Kind VERSION_INFO = PyStructSeq.Kind.of("sys", "version_info", 5,
            "major", "minor", "micro", "releaselevel", "serial");
    private static final PyStructSeq.Kind FLAGS = PyStructSeq.Kind.of("sys", "flags", 18,
            "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
            "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");
    private static final PyStructSeq.Kind FLOAT_INFO = PyStructSeq.Kind.constructible("sys", "float_info", 11,
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    private static final PyStructSeq.Kind HASH_INFO = PyStructSeq.Kind.constructible("sys", "hash_info", 9,
            "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");
    private static final PyStructSeq.Kind INT_INFO = PyStructSeq.Kind.constructible("sys", "int_info", 4,
            "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");
    private static final PyStructSeq.Kind THREAD_INFO = PyStructSeq.Kind.constructible("sys", "thread_info", 3,
            "name", "lock", "version");

    private static final List<String> STDLIB = readStdlibNames();

    private SysInfo() {
    }

    static void add(PyModule m, Interpreter in) {
        PyStructSeq version = VERSION_INFO.make(PyInt.of(3), PyInt.of(11), PyInt.of(7), PyStr.of("final"), PyInt.of(0));
        m.add("version_info", version);
        // As `python3` runs a script: no option given; hashes are not randomised (PYTHONHASHSEED=0)
        // and no bytecode is written.
        m.add("flags", FLAGS.make(PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(1), PyInt.of(0),
                PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyBool.FALSE,
                PyInt.of(0), PyInt.of(0), PyBool.FALSE, PyInt.of(-1)));
        m.add("float_info", FLOAT_INFO.make(PyFloat.of(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
                PyFloat.of(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        // Numbers hash as CPython's do (the modulus, inf, nan, imag); a str hashes as a Java String
        // does (32 bits, no seed), not by SipHash: the algorithm is named for what it is.
        m.add("hash_info", HASH_INFO.make(PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159), PyInt.of(0),
                PyInt.of(1000003), PyStr.of("java"), PyInt.of(32), PyInt.of(0), PyInt.of(0)));
        m.add("int_info", INT_INFO.make(PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        // Enchufe's threads are its own, scheduled by the sandbox, not the C library's: no NPTL version.
        m.add("thread_info", THREAD_INFO.make(PyStr.of("pthread"), PyStr.of("semaphore"), PyNone.NONE));
        // Not 'cpython': a program that tests for CPython wants its internals (gc, refcounts, C
        // extensions), which Enchufe does not have. The language version is CPython's 3.11.7.
        m.add("implementation", new PySimpleNamespace().put("name", PyStr.of("enchufe")).put("cache_tag", PyNone.NONE)
                .put("version", version).put("hexversion", PyInt.of(0x030B07F0)));
        List<PyObject> builtin = new ArrayList<>();
        for (String name : in.moduleNames()) {
            builtin.add(PyStr.of(name));
        }
        m.add("builtin_module_names", PyTuple.of(builtin.toArray(new PyObject[0])));
        m.add("stdlib_module_names", PySet.frozenOf(STDLIB.stream().map(PyStr::of).toArray(PyObject[]::new)));
    }

    /** CPython 3.11's sys.stdlib_module_names, one a line (the standard library's names, not what Enchufe has). */
    private static List<String> readStdlibNames() {
        try (InputStream s = SysInfo.class.getResourceAsStream("stdlib-module-names.txt")) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
