package org.enchufe.lang.vm;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;

/**
 * One program's modules ({@code sys.modules}): those made so far, made on first import from
 * the interpreter's {@link ModuleRegistry} or from Python source; and the source text of the code
 * the program ran, which tracebacks quote.
 */
final class Imports {

    private final ModuleRegistry registry;
    private final Map<String, PyModule> modules = new LinkedHashMap<>();
    private final Map<String, String[]> sources = new HashMap<>();

    Imports(ModuleRegistry registry) {
        this.registry = registry;
    }

    ModuleRegistry registry() {
        return registry;
    }

    /** The modules made so far, by name, in the order they were made: what sys.modules shows. */
    Map<String, PyModule> modules() {
        return modules;
    }

    /** {@code import name}: the module made before, else a new one from the registry, else ModuleNotFoundError. */
    PyModule importModule(Interpreter in, String name) {
        PyModule module = modules.get(name);
        if (module != null) {
            return module;
        }
        Function<Interpreter, PyModule> factory = registry.factory(name);
        if (factory == null) {
            PyException e = PyException.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
            e.setAttr("name", PyStr.of(name));
            throw new PyRaise(e);
        }
        module = factory.apply(in);
        modules.put(name, module);
        return module;
    }

    /** Whether {@code import name} would find a module to make. */
    boolean has(String name) {
        return registry.has(name);
    }

    /**
     * A module written in Python (such as {@code threading}, over native {@code _thread}): its
     * source is compiled and its body run now, in a nested loop, into a fresh module.
     */
    PyModule loadSourceModule(Interpreter in, String name, String filename, String source) {
        return loadSourceModule(in, name, filename, source, Compiler.compileModule(source, filename));
    }

    /** As above, with {@code source} compiled already (a {@link Code} is shared by every interpreter that runs it). */
    PyModule loadSourceModule(Interpreter in, String name, String filename, String source, Code code) {
        addSource(filename, source);
        PyModule module = new PyModule(name);
        module.dict().putStr("__name__", PyStr.of(name));
        module.dict().putStr("__builtins__", new PyModule("builtins", in.builtins()));
        module.dict().putStr("__file__", PyStr.of(filename));
        modules.put(name, module);
        in.runModuleBody(code, module);
        return module;
    }

    void addSource(String filename, String source) {
        sources.put(filename, source.split("\r\n|\r|\n", -1));
    }

    /** Line {@code line} of a source the interpreter ran, or null. */
    String sourceLine(String filename, int line) {
        String[] lines = sources.get(filename);
        return lines != null && line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    /** Fills a forked interpreter's (empty) imports: the same sources, a copy of each module. */
    void copyInto(Imports copy, Forker forker) {
        copy.sources.putAll(sources);
        modules.forEach((name, module) -> copy.modules.put(name, forker.copy(module)));
    }
}
