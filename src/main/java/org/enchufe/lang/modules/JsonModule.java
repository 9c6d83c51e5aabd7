package org.enchufe.lang.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code import json}: json.py beside this class, CPython 3.11's json package (its pure-Python
 * decoder, scanner and encoder) in one module, with the messages of the C accelerator where
 * CPython uses it. It is Python run by the VM, so every step of a big or deeply nested document
 * is charged to the budget like any program's, and nesting ends in RecursionError as in CPython.
 */
public final class JsonModule {

    private static final String FILENAME = ModuleDunders.LIBRARY + "json/__init__.py";

    private JsonModule() {
    }

    /** json.py's text and bytecode, compiled once per JVM and shared by every interpreter. */
    private static final class Source {
        static final String TEXT = read();
        static final Code CODE = Compiler.compileModule(TEXT, FILENAME);

        private static String read() {
            try (InputStream source = JsonModule.class.getResourceAsStream("json.py")) {
                return new String(source.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("json.py is missing from the build", e);
            }
        }
    }

    public static PyModule create(Interpreter in) {
        PyModule json = in.loadSourceModule("json", FILENAME, Source.TEXT, Source.CODE);
        json.add("__package__", PyStr.of("json"));
        return json;
    }
}
