package org.enchufe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.enchufe.StompBrowser.Tab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server killed with SIGKILL in the middle of a class: what a student saved is there
 * when it comes back — the free sandbox's files, a lesson's files and the goals it passed — and
 * the private directories of the sandboxes it had are gone.
 */
class SurvivesKillNineIT {

    private static final String LESSON = "bind-y-puertos";
    private static final String LESSON_SOURCE = """
            # leccion guardada antes del kill -9
            import socket
            s = socket.socket()
            s.bind(('127.0.0.1', 0))
            print('puerto', s.getsockname()[1])
            """;

    @TempDir
    Path home;

    private Process server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void savedFilesSurviveAKillNineAndTheSandboxDirectoriesDoNot() throws Exception {
        int port = freePort();
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        server = start(port, tmp);
        awaitReady(port);

        StompBrowser browser = new StompBrowser(port);
        Tab tab = browser.tab();
        String source = "# guardado justo antes del kill -9\nprint('sigo aquí')\n";
        tab.send("/app/sandbox/save", Map.of("file", "guardado.py", "source", source));
        tab.await("the save answered", m -> "files".equals(m.get("type")) && m.toString().contains("guardado.py"));
        tab.send("/app/sandbox/run", Map.of("file", "unix.py", "source", """
                import socket
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.bind('/tmp/servidor.sock')
                s.listen(1)
                s.accept()
                """));
        tab.await("the AF_UNIX server sleeps in accept", m -> Tab.processes(m).stream()
                .anyMatch(p -> "unix.py".equals(p.get("program")) && "accept".equals(p.get("waitingIn"))));
        assertThat(sandboxDirectories(tmp)).as("the running sandbox has its directory").isNotEmpty();

        // A lesson: its file saved (a run saves it first) and a goal passed, stored as it ticked.
        browser.get("/lessons/" + LESSON);
        Tab lesson = browser.connect(browser.cookies(), null);
        lesson.subscribe("/user/queue/sandbox");
        lesson.subscribe("/user/queue/lesson");
        lesson.send("/app/lesson/hello", Map.of("lesson", LESSON));
        lesson.await("the lesson's goals", m -> "goals".equals(m.get("type")));
        lesson.send("/app/lesson/run", Map.of("lesson", LESSON, "file", "puertos.py", "source", LESSON_SOURCE));
        lesson.await("puerto-cero passed and stored", m -> "goals".equals(m.get("type"))
                && m.toString().contains("id=puerto-cero, status=PASSED"));

        server.destroyForcibly().waitFor();
        List<Path> leftovers = sandboxDirectories(tmp);
        assertThat(leftovers).as("a killed JVM leaves its sandboxes' directories").isNotEmpty();

        server = start(port, tmp);
        awaitReady(port);

        assertThat(leftovers).allMatch(p -> !Files.exists(p));
        Tab again = browser.tab();
        again.send("/app/sandbox/files", "");
        Map<String, Object> files = again.await("the files", m -> "files".equals(m.get("type")));
        assertThat(files.toString()).contains("guardado.py", "guardado justo antes del kill -9");
        String page = browser.get("/lessons/" + LESSON).body();
        assertThat(page).as("the lesson file as saved").contains("leccion guardada antes del kill -9");
        assertThat(page).as("the goal passed").containsPattern("data-goal=\"puerto-cero\"[^>]*data-status=\"PASSED\"");
        browser.close();
    }

    private Process start(int port, Path tmp) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-Djava.io.tmpdir=" + tmp,
                "-jar", Path.of("target", "enchufe.jar").toAbsolutePath().toString())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("server.log").toFile());
        builder.environment().put("PORT", String.valueOf(port));
        return builder.start();
    }

    /** Readiness answered UP: asked again each time the last answer arrived, for at most two minutes. */
    private void awaitReady(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the server runs; its log: %s", home.resolve("server.log")).isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // The port opens when Tomcat starts; the process is alive, so ask again.
                server.onExit().completeOnTimeout(null, 50, java.util.concurrent.TimeUnit.MILLISECONDS).join();
            }
        }
        throw new AssertionError("the server did not become ready; see " + home.resolve("server.log"));
    }

    private static List<Path> sandboxDirectories(Path tmp) throws IOException {
        Path root = tmp.resolve("enchufe-sandboxes");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> jvms = Files.list(root)) {
            return jvms.filter(Files::isDirectory).toList();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
