package org.enchufe.lang.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.vm.Interpreter;

/**
 * A module CPython writes in Python, run by the VM from a resource beside {@code owner}: its text
 * read and compiled once per JVM (on first import), its body run into a fresh module on each
 * interpreter's import. Tracebacks through it name {@code filename}, CPython's path for it.
 */
public final class SourceModule {

    private final String name;
    private final String filename;
    private final Class<?> owner;
    private final String resource;
    private volatile String text;
    private volatile Code code;

    public SourceModule(String name, String filename, Class<?> owner, String resource) {
        this.name = name;
        this.filename = filename;
        this.owner = owner;
        this.resource = resource;
    }

    /** Runs the module's body in {@code in}, returning the new module. */
    public PyModule load(Interpreter in) {
        compile();
        return in.loadSourceModule(name, filename, text, code);
    }

    private synchronized void compile() {
        if (code != null) {
            return;
        }
        try (InputStream source = owner.getResourceAsStream(resource)) {
            if (source == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            text = new String(source.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is unreadable", e);
        }
        code = Compiler.compileModule(text, filename);
    }
}
