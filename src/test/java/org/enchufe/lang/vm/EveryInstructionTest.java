package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.Opcode;
import org.enchufe.lang.Superinstructions;
import org.enchufe.lang.runtime.PyObject;
import org.junit.jupiter.api.Test;

/**
 * Each instruction's semantics is written twice, in the run loop and in the second tier's
 * helpers (JitSupport; the rare ones share RareInstructions); the differential suites run every
 * program in both tiers — by default, where module code and cold functions run in the first
 * tier, and with every function compiled on its first call — so an instruction is checked in
 * both only if some program of the suites uses it, inside a function the second tier compiles.
 * This test keeps that true: every instruction the compiler can emit appears in the suites'
 * programs (as compiled, or fused into a superinstruction, which only the first tier runs), and
 * every instruction a function can hold appears inside a function the second tier accepts
 * ({@link JitEmitter#compilable}: a function it refuses runs in the first tier in both runs).
 */
class EveryInstructionTest {

    private static final Path[] SUITES = {Path.of("src/test/resources/python"), Path.of("src/test/resources/python-kernel")};

    /** Emitted only for syntax the VM refuses (docs/language.md): no program CPython runs can hold it. */
    private static final Set<String> NEVER_IN_A_RUNNING_PROGRAM = Set.of("RAISE_UNSUPPORTED");

    /** The first tier's fusions of common pairs (Superinstructions): the second tier compiles the pair. */
    private static final int FIRST_SUPERINSTRUCTION = Opcode.LOAD_FAST_LOAD_FAST;

    /** Instructions only module or class bodies hold: names, not fast locals. */
    private static final Set<String> NEVER_IN_A_FUNCTION = Set.of("LOAD_NAME", "STORE_NAME", "DELETE_NAME", "IMPORT_STAR",
            "LOAD_CLASSDEREF", "SETUP_ANNOTATIONS");

    @Test
    void everyInstructionRunsInBothTiersThroughTheDifferentialPrograms() throws IOException {
        Map<Integer, String> names = instructions();
        Set<String> anywhere = new TreeSet<>();
        Set<String> inFunctions = new TreeSet<>();
        for (Path suite : SUITES) {
            try (Stream<Path> files = Files.list(suite)) {
                for (Path program : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                    Code module;
                    try {
                        module = Compiler.compileModule(Files.readString(program), program.getFileName().toString());
                    } catch (RuntimeException syntaxErrorOnPurpose) {
                        continue;
                    }
                    collect(module, true, names, anywhere, inFunctions);
                }
            }
        }
        Set<String> missing = new TreeSet<>(names.values());
        missing.removeAll(anywhere);
        missing.removeAll(NEVER_IN_A_RUNNING_PROGRAM);
        Set<String> missingInFunctions = new TreeSet<>();
        names.forEach((op, name) -> {
            if (op < FIRST_SUPERINSTRUCTION) {
                missingInFunctions.add(name);
            }
        });
        missingInFunctions.removeAll(inFunctions);
        missingInFunctions.removeAll(NEVER_IN_A_FUNCTION);
        missingInFunctions.removeAll(NEVER_IN_A_RUNNING_PROGRAM);

        assertThat(missing).as("instructions no differential program uses").isEmpty();
        assertThat(missingInFunctions).as("instructions in no differential program's function the second tier compiles (so never run by it)")
                .isEmpty();
    }

    private static void collect(Code code, boolean module, Map<Integer, String> names, Set<String> anywhere, Set<String> inFunctions) {
        // What the second tier runs: a function's own instructions, unfused, when it compiles the function.
        boolean function = !module && JitEmitter.compilable(code);
        int[] ops = new int[2 * code.length()];
        int[] lines = new int[code.length()];
        for (int pc = 0; pc < code.length(); pc++) {
            ops[2 * pc] = code.opcode(pc);
            ops[2 * pc + 1] = code.arg(pc);
            lines[pc] = code.line(pc);
        }
        for (int pc = 0; pc < code.length(); pc++) {
            String name = names.getOrDefault(ops[2 * pc], "#" + ops[2 * pc]);
            anywhere.add(name);
            if (function) {
                inFunctions.add(name);
            }
        }
        // The first tier runs the pairs it fuses as superinstructions.
        int[] fused = Superinstructions.fuse(ops, lines);
        for (int pc = 0; pc < code.length(); pc++) {
            anywhere.add(names.getOrDefault(fused[2 * pc], "#" + fused[2 * pc]));
        }
        for (PyObject constant : code.consts) {
            if (constant instanceof Code nested) {
                collect(nested, false, names, anywhere, inFunctions);
            }
        }
    }

    private static Map<Integer, String> instructions() {
        Map<Integer, String> names = new TreeMap<>();
        for (Field f : Opcode.class.getFields()) {
            // FN_* are MAKE_FUNCTION's flags, not instructions.
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class && !f.getName().startsWith("FN_")) {
                try {
                    names.put(f.getInt(null), f.getName());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return names;
    }
}
