package org.enchufe.kernel.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.Interpreter;

/**
 * posix.py beside this class, loaded once per process as {@code _enchufe_posix}: the struct
 * sequences os and signal return (uname_result, stat_result, struct_siginfo…), os.environ and
 * os.PathLike, written in Python because they are Python classes in CPython too.
 */
final class PosixHelper {

    private static final String NAME = "_enchufe_posix";

    private PosixHelper() {
    }

    private static final String FILENAME = "/usr/lib/python3.11/os.py";

    /** posix.py's text and its bytecode, compiled once per JVM: compiling it took ≈3 ms of every {@code import os}. */
    private static final class Source {
        static final String TEXT = read();
        static final Code CODE = Compiler.compileModule(TEXT, FILENAME);

        private static String read() {
            try (InputStream source = PosixHelper.class.getResourceAsStream("posix.py")) {
                return new String(source.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("posix.py is missing from the build", e);
            }
        }
    }

    static PyModule of(Interpreter in) {
        PyModule loaded = in.modules().get(NAME);
        if (loaded != null) {
            return loaded;
        }
        return in.loadSourceModule(NAME, FILENAME, Source.TEXT, Source.CODE);
    }

    /** A name posix.py defines. */
    static PyObject get(Interpreter in, String name) {
        return of(in).dict().getStr(name);
    }

    /** An instance of the struct sequence {@code type} (posix.py's) holding {@code values}. */
    static PyObject struct(Interpreter in, String type, PyObject... values) {
        return in.call(get(in, type), new PyObject[] {new PyTuple(values)}, PyBuiltin.NO_KEYWORDS);
    }
}
