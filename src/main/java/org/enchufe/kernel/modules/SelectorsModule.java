package org.enchufe.kernel.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code selectors}: CPython 3.11's selectors.py (beside this class) run by the VM over the
 * kernel's {@code select} module, so its select(), poll() and epoll() calls are the ones the trace
 * shows. Adapted only where the VM lacks a module it imports (abc, collections, math): the file
 * writes those few pieces itself.
 */
public final class SelectorsModule {

    private static final String FILENAME = "/usr/lib/python3.11/selectors.py";

    private SelectorsModule() {
    }

    /** selectors.py's text and its bytecode, compiled once per JVM rather than at every import. */
    private static final class Source {
        static final String TEXT = read();
        static final Code CODE = Compiler.compileModule(TEXT, FILENAME);

        private static String read() {
            try (InputStream source = SelectorsModule.class.getResourceAsStream("selectors.py")) {
                return new String(source.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("selectors.py is missing from the build", e);
            }
        }
    }

    /** {@code import selectors}. */
    public static PyModule create(Interpreter in) {
        return in.loadSourceModule("selectors", FILENAME, Source.TEXT, Source.CODE);
    }
}
