package org.enchufe.lang.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.enchufe.lang.Script;
import org.junit.jupiter.api.Test;

/**
 * What sys and time answer where Enchufe is not CPython and says so (docs/language.md, "sys" and
 * "time"): these answers cannot be recorded from CPython, so they are pinned here.
 */
class SysAndTimeChoicesTest {

    private static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = new Script("choices.py", source).run(new String[0], new BufferedReader(new StringReader("")), o, e);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theImplementationIsEnchufeSpeakingPython311() {
        assertThat(run("import sys\nprint(sys.implementation)\n")).isEqualTo("namespace(name='enchufe', cache_tag=None, "
                + "version=sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0), hexversion=51054576)\n");
    }

    @Test
    void strHashesAreNamedForWhatTheyAre() {
        assertThat(run("import sys\nprint(sys.hash_info)\n")).isEqualTo("sys.hash_info(width=64, modulus=2305843009213693951, "
                + "inf=314159, nan=0, imag=1000003, algorithm='java', hash_bits=32, seed_bits=0, cutoff=0)\n");
    }

    @Test
    void threadsAreEnchufesOwnWithNoLibraryVersion() {
        assertThat(run("import sys\nprint(sys.thread_info)\n"))
                .isEqualTo("sys.thread_info(name='pthread', lock='semaphore', version=None)\n");
    }

    @Test
    void everyModuleIsBuiltIn() {
        // Every module of the language's registry, sorted, as a tuple: none is a file on a path.
        String names = new java.util.TreeSet<>(org.enchufe.lang.vm.ModuleRegistry.STANDARD.factories().keySet()).stream()
                .map(n -> "'" + n + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        assertThat(names).contains("'builtins'", "'sys'", "'time'");
        assertThat(run("import sys\nprint(sys.builtin_module_names)\n")).isEqualTo(names + "\n");
    }

    @Test
    void theZoneIsUtcWhateverTheMachinesIs() {
        assertThat(run("import time\nprint(time.tzname, time.timezone, time.localtime(0).tm_zone, time.strftime('%Z %z', "
                + "time.localtime(0)))\n")).isEqualTo("('UTC', 'UTC') 0 UTC UTC +0000\n");
    }

    @Test
    void cpuTimeGrowsWithWorkNotWithSleeping() {
        String out = run("""
                import time
                c0 = time.process_time_ns()
                t0 = time.thread_time_ns()
                time.sleep(0.1)
                slept = time.process_time_ns() - c0
                total = 0
                for n in range(2_000_000):
                    total += n
                worked = time.process_time_ns() - c0 - slept
                print(slept < 100_000_000, worked > 0, time.thread_time_ns() > t0)
                """);
        assertThat(out).isEqualTo("True True True\n");
    }
}
