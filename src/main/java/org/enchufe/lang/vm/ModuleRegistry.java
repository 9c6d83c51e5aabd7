package org.enchufe.lang.vm;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.enchufe.lang.modules.ErrnoModule;
import org.enchufe.lang.modules.StructModule;
import org.enchufe.lang.modules.SysModule;
import org.enchufe.lang.modules.TimeModule;
import org.enchufe.lang.modules.re.ReModule;
import org.enchufe.lang.runtime.PyModule;

/**
 * The modules {@code import} can make, by name, and how each is made for an interpreter: an
 * immutable table, built once. {@link #STANDARD} is what every interpreter has; a host adds its
 * own (the kernel's socket, os, select…) with {@link #with} and gives the result to the
 * interpreter it creates. A forked interpreter shares its parent's table.
 */
public record ModuleRegistry(Map<String, Function<Interpreter, PyModule>> factories) {

    /** The modules of the language itself: what a script run without the kernel can import. */
    public static final ModuleRegistry STANDARD = new ModuleRegistry(Map.ofEntries(
            Map.entry("sys", module(SysModule::create)),
            Map.entry("time", module(TimeModule::create)),
            Map.entry("errno", module(ErrnoModule::create)),
            Map.entry("struct", module(StructModule::create)),
            Map.entry("re", module(ReModule::create)),
            Map.entry("types", module(org.enchufe.lang.modules.TypesModule::create)),
            Map.entry("collections", module(org.enchufe.lang.modules.CollectionsModule::create)),
            Map.entry("heapq", module(org.enchufe.lang.modules.CollectionsModule::heapq)),
            Map.entry("math", module(org.enchufe.lang.modules.MathModule::create)),
            Map.entry("json", module(org.enchufe.lang.modules.JsonModule::create)),
            Map.entry("random", module(org.enchufe.lang.modules.random.RandomModule::create)),
            Map.entry("_random", module(org.enchufe.lang.modules.random.RandomNative::create)),
            Map.entry("builtins", module(in -> new PyModule("builtins", in.builtins())))));

    // A method reference's type, so Map.ofEntries can infer the table's.
    private static Function<Interpreter, PyModule> module(Function<Interpreter, PyModule> factory) {
        return factory;
    }

    public ModuleRegistry {
        factories = Map.copyOf(factories);
    }

    /** This table with {@code more} added; a name in both is made as {@code more} says. */
    public ModuleRegistry with(Map<String, Function<Interpreter, PyModule>> more) {
        Map<String, Function<Interpreter, PyModule>> all = new HashMap<>(factories);
        all.putAll(more);
        return new ModuleRegistry(all);
    }

    /** How to make module {@code name}, or null when there is no such module. */
    Function<Interpreter, PyModule> factory(String name) {
        return factories.get(name);
    }

    boolean has(String name) {
        return factories.containsKey(name);
    }
}
