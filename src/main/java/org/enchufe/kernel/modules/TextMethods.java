package org.enchufe.kernel.modules;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.vm.Interpreter;

/**
 * TextIOWrapper's own methods beyond IOBase's: read, detach and reconfigure, one named Java
 * method each.
 */
final class TextMethods {

    private TextMethods() {
    }

    static {
        TextFile.TYPE.method("read", TextMethods::read);
        IoObject.TEXT_BASE.method("detach", TextMethods::detach);
        TextFile.TYPE.method("reconfigure", TextMethods::reconfigure);
    }

    /** Loads the class's methods: they register themselves with TextIOWrapper. */
    static void register() {
    }

    private static PyObject read(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("read", a, k, 0, 1);
        int n = a.length == 0 || a[0] == PyNone.NONE ? -1 : Ops.index(in, a[0]);
        return ((TextFile) self).read(in, n);
    }

    private static PyObject detach(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("detach", a, k);
        return ((TextFile) self).detach(in);
    }

    /**
     * reconfigure(*, encoding, errors, newline, line_buffering, write_through): what is given
     * changes, after a flush; the encoding, errors and newline only before the first read.
     */
    private static PyObject reconfigure(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        if (a.length > k.length) {
            throw PyErrors.typeError("reconfigure() takes no positional arguments");
        }
        PyObject[] b = Args.bind("reconfigure", a, k, 0, "encoding", "errors", "newline", "line_buffering", "write_through");
        TextFile f = (TextFile) self;
        f.attached();
        String encoding = TextOptions.optionalStr("reconfigure", "encoding", b[0]);
        String errors = TextOptions.optionalStr("reconfigure", "errors", b[1]);
        boolean newlineGiven = b[2] != null;
        if (f.readStarted && (encoding != null || errors != null || newlineGiven)) {
            throw PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION,
                    "It is not possible to set the encoding or newline of stream after the first read");
        }
        String newline = newlineGiven ? TextOptions.optionalStr("reconfigure", "newline", b[2]) : f.options.newline();
        TextOptions.checkNewline(newline);
        boolean lineBuffering = b[3] == null || b[3] == PyNone.NONE ? f.lineBuffering : Ops.index(in, b[3]) != 0;
        boolean writeThrough = b[4] == null || b[4] == PyNone.NONE ? f.writeThrough : Ops.index(in, b[4]) != 0;
        f.checkClosed(in);
        if (encoding != null || errors != null || newlineGiven) {
            if (encoding != null) {
                org.enchufe.lang.runtime.Codecs.canonical(encoding);
            }
            // A new encoding comes with strict errors unless errors are given too.
            String newErrors = errors != null ? errors : encoding != null ? "strict" : f.options.errors();
            f.options = new TextOptions(encoding != null ? encoding : f.options.encoding(), newErrors, newline);
            f.codec = new TextCodec(f.options.codec(), f.options.errors(), newline);
        }
        f.lineBuffering = lineBuffering;
        f.writeThrough = writeThrough;
        return f.flush(in);
    }
}
