package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16's audit: src/test/resources/surface/audit.py prints {@code dir()} of every module and
 * type a course program reaches, one target a line; CPython 3.11's output is recorded beside it
 * (build/regenerate-python-expectations.py). Every name CPython has must exist in Enchufe or be
 * one of docs/language.md's deliberate absences, and Enchufe may have no public name CPython
 * lacks. Names private to an implementation ({@code _thread}, {@code _getframe}: one leading
 * underscore, not a dunder) are no part of the surface and are left out both ways.
 *
 * <p>Two lists of names still to build are kept here, apart from the documented absences: the
 * socket module's (reshaped in another branch; {@code not-yet-socket.txt}) and the rest
 * ({@code not-yet.txt}). Each must be exact: a name on them that Enchufe has fails the test, so
 * they only shrink.
 */
class SurfaceAuditTest {

    private static final Path DIR = Path.of("src/test/resources/surface");
    private static final Set<String> MODULES = Set.of("socket", "select", "selectors", "os", "errno", "struct", "re", "signal", "threading",
            "time", "sys", "math");

    private static Map<String, Set<String>> cpython;
    private static Map<String, Set<String>> enchufe;

    @BeforeAll
    static void runTheAudit() throws IOException {
        String expected = JsonMapper.builder().build().readTree(Files.readString(DIR.resolve("audit.expected.json")))
                .get("stdout").asString();
        cpython = targets(expected);
        KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
        Sandbox sandbox = new Sandbox(console, event -> { }, Limits.cli(), KernelLimits.sandbox(),
                org.enchufe.kernel.net.Topology.DEFAULT, ManualClock.advancingWhenIdle());
        int exit = sandbox.runToCompletion(sandbox.start("audit.py", Files.readString(DIR.resolve("audit.py")), new String[0]));
        assertThat(console.stderr.toString()).isEmpty();
        assertThat(exit).isZero();
        enchufe = targets(console.stdout.toString());
        assertThat(enchufe.keySet()).isEqualTo(cpython.keySet());
    }

    @Test
    void everyNameOfCPythonIsThereOrAccountedFor() throws IOException {
        List<Absence> absences = documentedAbsences();
        Map<String, Set<String>> notYet = notYet("not-yet-socket.txt");
        notYet("not-yet.txt").forEach((target, names) -> notYet.computeIfAbsent(target, t -> new TreeSet<>()).addAll(names));
        Map<String, Set<String>> unexplained = new TreeMap<>();
        cpython.forEach((target, names) -> {
            for (String name : names) {
                boolean missing = !enchufe.get(target).contains(name);
                boolean explained = absences.stream().anyMatch(a -> a.covers(target, name))
                        || notYet.getOrDefault(target, Set.of()).contains(name);
                if (missing && !explained) {
                    unexplained.computeIfAbsent(target, t -> new TreeSet<>()).add(name);
                }
            }
        });
        assertThat(unexplained).as("names CPython has, Enchufe lacks, and neither docs/language.md's"
                + " \"Deliberately absent\" nor a not-yet list names").isEmpty();
    }

    @Test
    void theNotYetListsNameOnlyMissingNames() throws IOException {
        for (String list : new String[] {"not-yet-socket.txt", "not-yet.txt"}) {
            Map<String, Set<String>> stale = new TreeMap<>();
            notYet(list).forEach((target, names) -> {
                assertThat(cpython).as("%s names a target the audit has", list).containsKey(target);
                for (String name : names) {
                    if (enchufe.get(target).contains(name) || !cpython.get(target).contains(name)) {
                        stale.computeIfAbsent(target, t -> new TreeSet<>()).add(name);
                    }
                }
            });
            assertThat(stale).as("names on %s that Enchufe now has (or CPython lacks): take them off", list).isEmpty();
        }
    }

    @Test
    void theDocumentedAbsencesAreAllAbsent() throws IOException {
        for (Absence absence : documentedAbsences()) {
            enchufe.forEach((target, names) -> {
                for (String name : names) {
                    assertThat(absence.covers(target, name)).as("%s is in Enchufe's %s but documented as absent", name, target)
                            .isFalse();
                }
            });
        }
    }

    @Test
    void enchufeHasNoPublicNameCPythonLacks() {
        Map<String, Set<String>> extra = new TreeMap<>();
        enchufe.forEach((target, names) -> {
            for (String name : names) {
                if (!cpython.get(target).contains(name) && !isPrivate(name)) {
                    extra.computeIfAbsent(target, t -> new TreeSet<>()).add(name);
                }
            }
        });
        assertThat(extra).isEmpty();
    }

    /** One row of docs/language.md's table: where, which names (globs with {@code *}), why, what a student gets. */
    record Absence(List<String> targets, List<Pattern> names) {
        boolean covers(String target, String name) {
            boolean here = targets.contains(target) || targets.contains("every module") && MODULES.contains(target);
            return here && names.stream().anyMatch(p -> p.matcher(name).matches());
        }
    }

    static List<Absence> documentedAbsences() throws IOException {
        String doc = Files.readString(Path.of("docs/language.md"));
        int start = doc.indexOf("\n## Deliberately absent");
        assertThat(start).as("docs/language.md has a \"Deliberately absent\" section").isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        List<Absence> out = new ArrayList<>();
        for (String line : doc.substring(start, end < 0 ? doc.length() : end).split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 5 || !line.startsWith("| ") || cells[1].isBlank() || cells[1].trim().equals("where")
                    || cells[1].startsWith("--")) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            Matcher t = Pattern.compile("`([^`]+)`|every module").matcher(cells[1]);
            while (t.find()) {
                targets.add(t.group(1) == null ? "every module" : t.group(1));
            }
            List<Pattern> names = new ArrayList<>();
            Matcher n = Pattern.compile("`([^`]+)`").matcher(cells[2]);
            while (n.find()) {
                for (String glob : n.group(1).split(" ")) {
                    names.add(Pattern.compile(Pattern.quote(glob).replace("*", "\\E.*\\Q")));
                }
            }
            out.add(new Absence(targets, names));
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    private static Map<String, Set<String>> notYet(String file) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve(file))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            out.computeIfAbsent(line.substring(0, colon), t -> new TreeSet<>())
                    .addAll(List.of(line.substring(colon + 2).trim().split(" +")));
        }
        return out;
    }

    private static Map<String, Set<String>> targets(String output) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int colon = line.indexOf(':');
            Set<String> names = new TreeSet<>();
            for (String name : line.substring(colon + 1).trim().split(" +")) {
                if (!name.isEmpty() && !isPrivate(name)) {
                    names.add(name);
                }
            }
            out.put(line.substring(0, colon), names);
        }
        return out;
    }

    private static boolean isPrivate(String name) {
        return name.startsWith("_") && !(name.startsWith("__") && name.endsWith("__"));
    }
}
