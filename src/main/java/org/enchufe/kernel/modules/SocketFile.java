package org.enchufe.kernel.modules;

import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code socket.makefile()}, as socket.py builds its files: a raw {@link SocketIO} over the socket,
 * counted against it (closing the socket only marks it closed while a file holds it); with
 * {@code buffering=0} that raw file itself, else a {@link BufferedFile} over it — reader, writer
 * or both — and for a text mode a {@link TextFile} over that.
 */
final class SocketFile {

    /** io.DEFAULT_BUFFER_SIZE: a buffer's size when makefile() is given none. */
    private static final int DEFAULT_BUFFER_SIZE = 8192;

    private SocketFile() {
    }

    /** socket.makefile(mode, buffering, *, encoding, errors, newline), checked as socket.py checks it. */
    static PyObject open(Interpreter in, PySocket socket, String mode, PyObject buffering, PyObject encoding,
                         PyObject errors, PyObject newline) {
        for (char c : mode.toCharArray()) {
            if ("rwb".indexOf(c) < 0) {
                throw PyErrors.valueError("invalid mode '" + mode + "' (only r, w, b allowed)");
            }
        }
        boolean writing = mode.contains("w");
        boolean reading = mode.contains("r") || !writing;
        boolean binary = mode.contains("b");
        int size = DEFAULT_BUFFER_SIZE;
        if (buffering != null && buffering != PyNone.NONE) {
            if (!(buffering instanceof PyInt given)) {
                throw PyErrors.typeError("'<' not supported between instances of '" + buffering.type().name() + "' and 'int'");
            }
            size = given.signum() < 0 ? DEFAULT_BUFFER_SIZE : given.signum() == 0 ? 0 : (int) Math.min(given.asLong(), 1 << 20);
        }
        if (size == 0 && !binary) {
            throw PyErrors.valueError("unbuffered streams must be binary");
        }
        TextOptions text = binary ? null : TextOptions.of("TextIOWrapper", encoding, errors, newline);
        SocketIO raw = new SocketIO(socket, reading, writing);
        socket.ioRefs++;
        if (size == 0) {
            return raw;
        }
        BufferedFile.Kind kind = reading && writing ? BufferedFile.Kind.PAIR
                : reading ? BufferedFile.Kind.READER : BufferedFile.Kind.WRITER;
        BufferedFile buffer = new BufferedFile(raw, kind, size);
        return binary ? buffer : new TextFile(buffer, text, mode);
    }
}
