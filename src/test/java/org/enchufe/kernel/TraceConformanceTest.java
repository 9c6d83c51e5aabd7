package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.enchufe.events.SyscallEvent;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The trace a student sees is strace's: for each program with a recording under
 * python-kernel/strace/ (made by build/record-strace.py from {@code strace -ff -e
 * trace=network,epoll_create1,epoll_ctl,epoll_wait} of CPython), the sandbox's strace lines of the same calls, process by process in the order the
 * processes were created, must be the same lines. Ports the OS picked (ephemeral ones, those no
 * bind() named) differ from run to run and are compared as EPHEMERAL, addresses of buffers as
 * 0xADDRESS.
 *
 * <p>The programs recorded are those whose calls are all the student's: left out are programs
 * that print a socket (CPython's repr calls getsockname and getpeername), use a timeout or
 * create_connection (CPython connects non-blocking and asks SO_ERROR), make socketpair() sockets
 * (CPython asks getsockname to learn their family), resolve names through glibc (DNS probes),
 * use threads (strace files them apart) or whose byte chunks depend on timing — Enchufe's trace
 * shows the calls a program makes, not the ones CPython makes for itself.
 */
class TraceConformanceTest {

    static final Path TRACES = KernelDifferentialTest.CORPUS.resolve("strace");
    /** The calls in strace's "network" class, and epoll's (the recorder traces both). */
    private static final Set<String> NETWORK = Set.of("socket", "socketpair", "bind", "listen", "accept", "accept4", "connect",
            "getsockname", "getpeername", "sendto", "recvfrom", "sendmsg", "recvmsg", "shutdown", "setsockopt", "getsockopt",
            "epoll_create1", "epoll_ctl", "epoll_wait");
    private static final Pattern HTONS = Pattern.compile("htons\\((\\d+)\\)");
    private static final Pattern BOUND = Pattern.compile("^bind\\(.*htons\\((\\d+)\\)");
    /** Where a buffer happened to be in memory: never the same twice. */
    private static final Pattern POINTER = Pattern.compile("0x7f[0-9a-f]+");

    @TestFactory
    Stream<DynamicTest> theSandboxTracesTheCallsStraceShowsForCPython() throws IOException {
        try (Stream<Path> files = Files.list(TRACES)) {
            return files.filter(p -> p.toString().endsWith(".strace")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private static void check(Path recording) throws IOException {
        String name = recording.getFileName().toString().replace(".strace", ".py");
        String source = Files.readString(KernelDifferentialTest.CORPUS.resolve(name));
        Map<Integer, List<String>> byPid = new LinkedHashMap<>();
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Sandbox sandbox = new Sandbox(new KernelDifferentialTest.RecordingConsole(), event -> {
                if (event instanceof SyscallEvent call && NETWORK.contains(call.strace().substring(0, call.strace().indexOf('(')))) {
                    byPid.computeIfAbsent(call.pid(), pid -> new ArrayList<>()).add(call.strace());
                }
            }, Limits.cli());
            return sandbox.runToCompletion(sandbox.start(name, source, new String[0]));
        });
        List<List<String>> ours = new ArrayList<>();
        new java.util.TreeMap<>(byPid).forEach((pid, calls) -> ours.add(calls));

        List<List<String>> theirs = new ArrayList<>();
        for (String line : Files.readAllLines(recording)) {
            if (line.startsWith("== process")) {
                theirs.add(new ArrayList<>());
            } else if (!line.isBlank() && !line.contains("= ? ERESTARTSYS")) {
                // A call a signal interrupted and the kernel restarted by itself shows twice in strace; once here.
                theirs.getLast().add(line);
            }
        }
        theirs.removeIf(List::isEmpty);

        assertThat(render(ours)).as("the trace of %s", name).isEqualTo(render(theirs));
    }

    /** Each process's calls with the ports no bind() named written EPHEMERAL. */
    static String render(List<List<String>> processes) {
        Set<String> bound = new TreeSet<>();
        processes.forEach(calls -> calls.forEach(line -> {
            Matcher m = BOUND.matcher(line);
            if (m.find() && !m.group(1).equals("0")) {
                bound.add(m.group(1));
            }
        }));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < processes.size(); i++) {
            out.append("== process ").append(i + 1).append('\n');
            for (String line : processes.get(i)) {
                String ports = HTONS.matcher(line).replaceAll(r -> bound.contains(r.group(1)) || Integer.parseInt(r.group(1)) < 1024
                        ? r.group() : "htons(EPHEMERAL)");
                out.append(POINTER.matcher(ports).replaceAll("0xADDRESS")).append('\n');
            }
        }
        return out.toString();
    }
}
