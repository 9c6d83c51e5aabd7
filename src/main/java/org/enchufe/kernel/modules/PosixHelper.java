package org.enchufe.kernel.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

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

    static PyModule of(Interpreter in) {
        PyModule loaded = in.modules().get(NAME);
        if (loaded != null) {
            return loaded;
        }
        try (InputStream source = PosixHelper.class.getResourceAsStream("posix.py")) {
            String text = new String(source.readAllBytes(), StandardCharsets.UTF_8);
            return in.loadSourceModule(NAME, "/usr/lib/python3.11/os.py", text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("posix.py is missing from the build", e);
        }
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
