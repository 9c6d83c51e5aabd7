package org.enchufe.lang.modules.random;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.vm.Interpreter;

/**
 * The random module: CPython 3.11's random.py (a resource, changed only to import its math from
 * {@code _random}), compiled once per JVM and run by each interpreter that imports it.
 */
public final class RandomModule {

    private static final String FILENAME = "/usr/lib/python3.11/random.py";

    private RandomModule() {
    }

    /** random.py's text and bytecode, read and compiled on first use. */
    private static final class Source {
        static final String TEXT = read();
        static final Code CODE = Compiler.compileModule(TEXT, FILENAME);

        private static String read() {
            try (InputStream source = RandomModule.class.getResourceAsStream("random.py")) {
                return new String(source.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("random.py is missing from the build", e);
            }
        }
    }

    public static PyModule create(Interpreter in) {
        return in.loadSourceModule("random", FILENAME, Source.TEXT, Source.CODE);
    }
}
