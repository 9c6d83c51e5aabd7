package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.enchufe.lang.Compiler;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyStr;
import org.junit.jupiter.api.Test;

class ModuleRegistryTest {

    private static final Limits LIMITS = new Limits(0, 1000, 64L << 20, Long.MAX_VALUE);

    @Test
    void aHostsModulesReachOnlyTheInterpretersGivenThem() {
        ModuleRegistry withProbe = ModuleRegistry.STANDARD.with(Map.of("probe", in -> named("probe")));

        assertThat(withProbe.has("probe")).isTrue();
        assertThat(withProbe.has("sys")).isTrue();
        assertThat(ModuleRegistry.STANDARD.has("probe")).isFalse();
        assertThat(run(withProbe, "import probe\nprint(probe.__name__)\n")).isEqualTo("probe\n");
        assertThat(run(ModuleRegistry.STANDARD, "try:\n    import probe\nexcept ModuleNotFoundError as e:\n    print(e)\n"))
                .isEqualTo("No module named 'probe'\n");
    }

    @Test
    void anAddedModuleTakesTheStandardOnesPlace() {
        ModuleRegistry own = ModuleRegistry.STANDARD.with(Map.of("time", in -> named("own time")));

        assertThat(run(own, "import time\nprint(time.__name__)\n")).isEqualTo("own time\n");
        assertThat(run(ModuleRegistry.STANDARD, "import time\nprint(time.__name__)\n")).isEqualTo("time\n");
    }

    @Test
    void theTableCannotChangeOnceMade() {
        Map<String, Function<Interpreter, PyModule>> source = new HashMap<>(Map.of("probe", in -> named("probe")));
        ModuleRegistry registry = new ModuleRegistry(source);
        source.put("later", in -> named("later"));

        assertThat(registry.has("later")).isFalse();
        assertThatThrownBy(() -> registry.factories().put("later", in -> named("later")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static PyModule named(String name) {
        PyModule m = new PyModule(name);
        m.dict().putStr("__name__", PyStr.of(name));
        return m;
    }

    private static String run(ModuleRegistry registry, String source) {
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, LIMITS, registry);
        ThreadState main = in.startMain(Compiler.compileModule(source, "registry.py"));
        while (in.run(main, 100_000) != Interpreter.Outcome.FINISHED) {
            // Slices until the end.
        }
        return out.toString();
    }
}
