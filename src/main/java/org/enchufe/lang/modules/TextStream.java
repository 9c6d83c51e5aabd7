package org.enchufe.lang.modules;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.BlockSignal;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Suspension;

/** sys.stdin, sys.stdout and sys.stderr: text streams over the process's console. */
public final class TextStream extends PyObject {

    static final PyType TYPE = PyType.builtin("_io", "TextIOWrapper");

    private final String name;
    private final int fd;

    TextStream(String name, int fd) {
        this.name = name;
        this.fd = fd;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr(Interpreter in) {
        return "<_io.TextIOWrapper name='<" + name + ">' mode='" + (fd == 0 ? "r" : "w") + "' encoding='utf-8'>";
    }

    static {
        TYPE.method("write", (in, self, a, k) -> {
            PyObject text = Args.one("write", a, k);
            if (!(text instanceof PyStr s)) {
                throw PyErrors.typeError("write() argument must be str, not " + text.type().name());
            }
            TextStream stream = (TextStream) self;
            if (stream.fd == 0) {
                throw PyErrors.raise(org.enchufe.lang.runtime.ExceptionTypes.OS_ERROR, "not writable");
            }
            if (stream.fd == 1) {
                in.writeStdout(s.value());
            } else {
                in.writeStderr(s.value());
            }
            return PyInt.of(s.length());
        });
        TYPE.method("flush", (in, self, a, k) -> {
            in.flush();
            return PyNone.NONE;
        });
        TYPE.method("readline", (in, self, a, k) -> {
            if (((TextStream) self).fd != 0) {
                throw PyErrors.raise(org.enchufe.lang.runtime.ExceptionTypes.OS_ERROR, "not readable");
            }
            in.flush();
            throw new BlockSignal(new Suspension.ReadLine(true));
        });
        TYPE.method("fileno", (in, self, a, k) -> PyInt.of(((TextStream) self).fd));
        TYPE.method("isatty", (in, self, a, k) -> org.enchufe.lang.runtime.PyBool.FALSE);
    }
}
