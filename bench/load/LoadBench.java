import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class of simulated students against a running Enchufe, over real WebSockets, as browsers speak
 * to it: each student opens the workbench page (which gives it a workspace), connects its STOMP
 * session, and then, for as long as the run lasts, does what the slides' first hour asks — runs
 * the slides' TCP server, runs the client against it and reads the answer, runs a console program
 * and types lines into it, now and then reloads the page (reconnects and rebuilds from the
 * state) or resets its sandbox — with a human's pauses between actions.
 *
 * <p>What it measures, in windows of {@code --report} seconds and in total:
 * <ul>
 *   <li><b>echo</b>: a line typed into a console → the event with the program's answer arriving
 *       (the whole path: STOMP in, the pool, the interpreter, the 40 ms outbox, STOMP out);</li>
 *   <li><b>run</b>: Run pressed → the first event of the new process;</li>
 *   <li><b>exchange</b>: the client started → its console shows the server's answer;</li>
 *   <li><b>errors</b>: problems the server answered, STOMP ERROR frames, connections lost, and any
 *       wait longer than {@code --patience} seconds, each counted by kind;</li>
 *   <li>the server's heap live after GC, heap used, open descriptors and threads, read from its
 *       Prometheus endpoint ({@code --metrics-auth user:password} when it is protected) and, when
 *       {@code --pid} names the server's process on this machine, from /proc.</li>
 * </ul>
 *
 * <p>It is a harness, not a test: it asserts nothing and its pauses are a person's, not waits for
 * timing. Method and figures: docs/performance.md ("A class on one machine").
 *
 * <pre>
 * java bench/load/LoadBench.java --url http://127.0.0.1:8080 --students 300 --minutes 30 [--ramp 60]
 *      [--report 30] [--patience 10] [--pid N] [--metrics-auth user:pass] [--csv out.csv]
 * </pre>
 */
public class LoadBench {

    static final String SERVER = """
            import socket

            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(('127.0.0.1', 5000))
            s.listen(5)
            print('Esperando conexiones en el puerto 5000...')
            ns, direccion = s.accept()
            print('Conexión desde', direccion)
            datos = ns.recv(1024)
            print('Recibido:', datos)
            ns.sendall(datos.upper())
            ns.close()
            s.close()
            """;

    static final String CLIENT = """
            import socket

            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.connect(('127.0.0.1', 5000))
            s.sendall(b'hola, servidor')
            respuesta = s.recv(1024)
            print('Respuesta:', respuesta)
            s.close()
            """;

    static final String ECHO = """
            print('listo')
            while True:
                linea = input()
                if linea == 'fin':
                    break
                print('eco', linea)
            """;

    record Options(URI url, int students, Duration duration, Duration ramp, Duration report, Duration patience,
                   Optional<Long> pid, Optional<String> metricsAuth, Optional<Path> csv) {

        static Options parse(String[] args) {
            Map<String, String> given = new ConcurrentHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            int students = Integer.parseInt(given.getOrDefault("students", "50"));
            return new Options(URI.create(given.getOrDefault("url", "http://127.0.0.1:8080")), students,
                    Duration.ofSeconds((long) (Double.parseDouble(given.getOrDefault("minutes", "2")) * 60)),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("ramp", String.valueOf(Math.max(10, students / 10))))),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("report", "30"))),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("patience", "10"))),
                    Optional.ofNullable(given.get("pid")).map(Long::parseLong),
                    Optional.ofNullable(given.get("metrics-auth")),
                    Optional.ofNullable(given.get("csv")).map(Path::of));
        }
    }

    /** Latencies of one kind, in microseconds, for the current window and for the whole run. */
    static final class Latencies {
        private final List<Long> window = new ArrayList<>();
        private final List<Long> all = new ArrayList<>();

        synchronized void add(long nanos) {
            window.add(nanos / 1000);
            all.add(nanos / 1000);
        }

        synchronized long[] takeWindow() {
            long[] w = window.stream().mapToLong(Long::longValue).sorted().toArray();
            window.clear();
            return w;
        }

        synchronized long[] total() {
            return all.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        static String summary(long[] sorted) {
            if (sorted.length == 0) {
                return "n=0";
            }
            return String.format("n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms", sorted.length, pct(sorted, 50) / 1000.0,
                    pct(sorted, 95) / 1000.0, pct(sorted, 99) / 1000.0, sorted[sorted.length - 1] / 1000.0);
        }

        static long pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }

    static final Latencies ECHO_LATENCY = new Latencies();
    static final Latencies RUN_LATENCY = new Latencies();
    static final Latencies EXCHANGE_LATENCY = new Latencies();
    static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();
    static final AtomicLong ACTIONS = new AtomicLong();
    static final AtomicLong RECONNECTS = new AtomicLong();
    static final AtomicInteger CONNECTED = new AtomicInteger();

    static void error(String kind) {
        ERRORS.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.out.printf("LoadBench %s: %d students for %s (ramp %s) against %s%n", Instant.now(), options.students(),
                options.duration(), options.ramp(), options.url());
        Instant end = Instant.now().plus(options.ramp()).plus(options.duration());
        CountDownLatch done = new CountDownLatch(options.students());
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Reporter reporter = new Reporter(options);
            Thread.ofPlatform().daemon().name("reporter").start(reporter::run);
            for (int i = 0; i < options.students(); i++) {
                long startAfter = options.ramp().toMillis() * i / Math.max(1, options.students());
                int n = i;
                threads.submit(() -> {
                    try {
                        Thread.sleep(startAfter);
                        new Student(n, options, end).live();
                    } catch (Exception e) {
                        error("student-crashed:" + e.getClass().getSimpleName());
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
            reporter.finish();
        }
        System.exit(0);
    }

    /** One simulated student: a browser with a cookie jar and, at any time, one page connected. */
    static final class Student {
        private final int n;
        private final Options options;
        private final Instant end;
        private final HttpClient http;
        private Page page;

        Student(int n, Options options, Instant end) {
            this.n = n;
            this.options = options;
            this.end = end;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        }

        void live() throws Exception {
            page = open();
            if (page == null) {
                return;
            }
            int cycle = 0;
            while (Instant.now().isBefore(end)) {
                cycle++;
                try {
                    if (cycle % 3 == 0) {
                        page.close();
                        page = open();
                        RECONNECTS.incrementAndGet();
                        if (page == null) {
                            return;
                        }
                    }
                    if (cycle % 5 == 0) {
                        page.send("/app/sandbox/reset", "\"\"");
                        page.await("reset", 0, body -> body.contains("\"type\":\"state\"") && body.contains("\"processes\":[]"));
                    }
                    serverAndClient();
                    think();
                    console();
                    think();
                } catch (Lost e) {
                    error("lost:" + e.getMessage());
                    page.close();
                    page = open();
                    if (page == null) {
                        return;
                    }
                }
            }
            page.close();
        }

        private void serverAndClient() throws Lost, InterruptedException {
            long mark = page.mark();
            long started = System.nanoTime();
            page.send("/app/sandbox/run", json(Map.of("file", "servidor.py", "source", SERVER)));
            if (page.await("server's first event", mark, body -> body.contains("servidor.py")) != null) {
                RUN_LATENCY.add(System.nanoTime() - started);
            }
            page.await("server in accept", mark, body -> body.contains("\"waitingIn\":\"accept\""));
            ACTIONS.incrementAndGet();
            think();
            mark = page.mark();
            started = System.nanoTime();
            page.send("/app/sandbox/run", json(Map.of("file", "cliente.py", "source", CLIENT)));
            if (page.await("client's answer", mark, body -> body.contains("Respuesta: b'HOLA, SERVIDOR'")) != null) {
                EXCHANGE_LATENCY.add(System.nanoTime() - started);
            }
            ACTIONS.incrementAndGet();
        }

        private void console() throws Lost, InterruptedException {
            long mark = page.mark();
            page.send("/app/sandbox/run", json(Map.of("file", "eco.py", "source", ECHO)));
            String ready = page.await("echo ready", mark, body -> PID_OF_ECO.matcher(body).find());
            if (ready == null) {
                return;
            }
            Matcher m = PID_OF_ECO.matcher(ready);
            m.find();
            int pid = Integer.parseInt(m.group(1));
            int lines = 3 + ThreadLocalRandom.current().nextInt(5);
            for (int i = 0; i < lines; i++) {
                String word = "s" + n + "l" + i + "x" + ThreadLocalRandom.current().nextInt(1_000_000);
                long at = page.mark();
                long started = System.nanoTime();
                page.send("/app/sandbox/stdin", json(Map.of("pid", pid, "text", word)));
                if (page.await("echo of a line", at, body -> body.contains("eco " + word)) != null) {
                    ECHO_LATENCY.add(System.nanoTime() - started);
                }
                ACTIONS.incrementAndGet();
                think();
            }
            page.send("/app/sandbox/stdin", json(Map.of("pid", pid, "text", "fin")));
        }

        /** A person reads, types, looks: half a second to three seconds between actions. */
        private void think() throws InterruptedException {
            Thread.sleep(500 + ThreadLocalRandom.current().nextInt(2500));
        }

        /** Opens the workbench page (the server gives the workspace) and connects its STOMP session. */
        private Page open() throws InterruptedException {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(options.url().resolve("/sandbox"))
                        .timeout(Duration.ofSeconds(options.patience().toSeconds() * 3)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    error("page-" + response.statusCode());
                    return null;
                }
                Optional<String> csrfHeader = meta(response.body(), "_csrf_header");
                Optional<String> csrf = meta(response.body(), "_csrf");
                String cookies = http.cookieHandler().orElseThrow()
                        .get(options.url(), Map.of()).getOrDefault("Cookie", List.of()).stream().reduce((a, b) -> a + "; " + b).orElse("");
                Page p = new Page(options.patience());
                URI ws = URI.create(options.url().toString().replaceFirst("^http", "ws") + "/ws");
                WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                        .header("Origin", options.url().toString());
                if (!cookies.isEmpty()) {
                    builder.header("Cookie", cookies);
                }
                p.socket = builder.buildAsync(ws, p).get(options.patience().toSeconds() * 3, TimeUnit.SECONDS);
                String connect = "CONNECT\naccept-version:1.2\nhost:" + options.url().getHost() + "\nheart-beat:0,0\n"
                        + (csrf.isPresent() ? csrfHeader.orElse("X-CSRF-TOKEN") + ":" + csrf.get() + "\n" : "") + "\n\0";
                p.socket.sendText(connect, true).get(10, TimeUnit.SECONDS);
                if (p.await("CONNECTED", 0, body -> true, "CONNECTED") == null) {
                    p.close();
                    return null;
                }
                p.socket.sendText("SUBSCRIBE\nid:sub-0\ndestination:/user/queue/sandbox\n\n\0", true).get(10, TimeUnit.SECONDS);
                long mark = p.mark();
                p.send("/app/sandbox/hello", "\"\"");
                p.await("state", mark, body -> body.contains("\"type\":\"state\""));
                CONNECTED.incrementAndGet();
                p.counted = true;
                return p;
            } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | Lost e) {
                error("connect:" + e.getClass().getSimpleName());
                return null;
            }
        }
    }

    static final Pattern PID_OF_ECO = Pattern.compile(
            "\"pid\":(\\d+),\"ppid\":\\d+,\"program\":\"eco.py\",\"host\":\"[^\"]*\",\"state\":\"BLOCKED\",\"status\":-?\\d+,\"waitingIn\":\"input\"");

    static Optional<String> meta(String html, String name) {
        Matcher m = Pattern.compile("<meta\\s+name=\"" + Pattern.quote(name) + "\"\\s+content=\"([^\"]*)\"").matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A connection lost, or a STOMP ERROR frame: the page must be opened again. */
    static final class Lost extends Exception {
        Lost(String why) {
            super(why);
        }
    }

    /** One page's WebSocket: STOMP frames in, the MESSAGE bodies kept in order of arrival. */
    static final class Page implements WebSocket.Listener {
        private final Duration patience;
        private final List<String[]> frames = new ArrayList<>(); // {command, body}
        private final StringBuilder partial = new StringBuilder();
        private final LinkedBlockingQueue<Boolean> arrivals = new LinkedBlockingQueue<>();
        volatile WebSocket socket;
        volatile String lostBecause;
        boolean counted;

        Page(Duration patience) {
            this.patience = patience;
        }

        synchronized long mark() {
            return frames.size();
        }

        void send(String destination, String body) throws Lost {
            if (lostBecause != null) {
                throw new Lost(lostBecause);
            }
            try {
                socket.sendText("SEND\ndestination:" + destination + "\ncontent-type:application/json\n\n" + body + "\0", true)
                        .get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new Lost("send-failed");
            }
        }

        String await(String what, long from, Predicate<String> condition) throws Lost, InterruptedException {
            return await(what, from, condition, "MESSAGE");
        }

        /** The first frame from {@code from} on that matches, or null (counted as an error) after the patience. */
        String await(String what, long from, Predicate<String> condition, String command) throws Lost, InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            long next = from;
            while (true) {
                synchronized (this) {
                    for (; next < frames.size(); next++) {
                        String[] f = frames.get((int) next);
                        if (f[0].equals("ERROR")) {
                            throw new Lost("stomp-error");
                        }
                        if (f[0].equals(command) && condition.test(f[1])) {
                            trimBefore();
                            return f[1];
                        }
                        if (f[1].contains("\"type\":\"problem\"")) {
                            Matcher m = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(f[1]);
                            error("problem:" + (m.find() ? m.group(1) : "?"));
                        }
                    }
                }
                if (lostBecause != null) {
                    throw new Lost(lostBecause);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    error("timeout:" + what);
                    return null;
                }
                arrivals.poll(left, TimeUnit.NANOSECONDS);
            }
        }

        // Frames before the last few are never looked at again: keep the memory of 1 000 pages small.
        private void trimBefore() {
            if (frames.size() > 400) {
                for (int i = 0; i < frames.size() - 200; i++) {
                    frames.set(i, EMPTY);
                }
            }
        }

        void close() {
            if (counted) {
                CONNECTED.decrementAndGet();
                counted = false;
            }
            WebSocket s = socket;
            if (s != null) {
                lostBecause = "closed-by-us";
                s.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String all = partial.toString();
                partial.setLength(0);
                for (String frame : all.split("\0")) {
                    String f = frame.stripLeading();
                    if (f.isEmpty()) {
                        continue; // a heart-beat
                    }
                    int headerEnd = f.indexOf("\n\n");
                    String command = f.substring(0, f.indexOf('\n') < 0 ? f.length() : f.indexOf('\n'));
                    String body = headerEnd < 0 ? "" : f.substring(headerEnd + 2);
                    synchronized (this) {
                        frames.add(new String[] {command, command.equals("ERROR") ? f : body});
                    }
                }
                arrivals.offer(Boolean.TRUE);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (lostBecause == null) {
                lostBecause = "closed-by-server-" + statusCode;
            }
            arrivals.offer(Boolean.TRUE);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (lostBecause == null) {
                lostBecause = "socket-error-" + error.getClass().getSimpleName();
            }
            arrivals.offer(Boolean.TRUE);
        }
    }

    static final String[] EMPTY = {"", ""};

    static String json(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder("{");
        for (var e : fields.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(e.getKey())).append(':');
            out.append(e.getValue() instanceof Number number ? number.toString() : quote(String.valueOf(e.getValue())));
        }
        return out.append('}').toString();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Every report period: the window's latencies, errors so far, and the server's memory, descriptors and threads. */
    static final class Reporter {
        private final Options options;
        private final HttpClient http = HttpClient.newHttpClient();
        private final long startedAt = System.nanoTime();
        private final List<String> csv = new ArrayList<>();
        private volatile boolean finished;

        Reporter(Options options) {
            this.options = options;
            csv.add("elapsed_s,connected,actions,errors,echo_p50_ms,echo_p99_ms,run_p50_ms,run_p99_ms,exchange_p99_ms,"
                    + "heap_live_mb,heap_old_mb,heap_used_mb,open_fds,threads,rss_mb");
        }

        void run() {
            while (!finished) {
                try {
                    Thread.sleep(options.report().toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                if (!finished) {
                    line();
                }
            }
        }

        private void line() {
            long[] echo = ECHO_LATENCY.takeWindow();
            long[] run = RUN_LATENCY.takeWindow();
            long[] exchange = EXCHANGE_LATENCY.takeWindow();
            Map<String, Double> server = serverMetrics();
            long elapsed = (System.nanoTime() - startedAt) / 1_000_000_000L;
            long errors = ERRORS.values().stream().mapToLong(AtomicLong::get).sum();
            System.out.printf("t=%4ds connected=%4d actions=%7d errors=%d | echo %s | run %s | exchange p99=%.1f ms"
                            + " | heap live %.0f MB old %.0f MB used %.0f MB, fds %.0f, threads %.0f, rss %.0f MB%n",
                    elapsed, CONNECTED.get(), ACTIONS.get(), errors, Latencies.summary(echo), Latencies.summary(run),
                    Latencies.pct(exchange, 99) / 1000.0, server.getOrDefault("live", -1.0), server.getOrDefault("old", -1.0),
                    server.getOrDefault("used", -1.0), server.getOrDefault("fds", -1.0), server.getOrDefault("threads", -1.0), server.getOrDefault("rss", -1.0));
            csv.add(String.format("%d,%d,%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.0f,%.0f,%.0f,%.0f,%.0f,%.0f", elapsed, CONNECTED.get(),
                    ACTIONS.get(), errors, Latencies.pct(echo, 50) / 1000.0, Latencies.pct(echo, 99) / 1000.0,
                    Latencies.pct(run, 50) / 1000.0, Latencies.pct(run, 99) / 1000.0, Latencies.pct(exchange, 99) / 1000.0,
                    server.getOrDefault("live", -1.0), server.getOrDefault("old", -1.0), server.getOrDefault("used", -1.0),
                    server.getOrDefault("fds", -1.0),
                    server.getOrDefault("threads", -1.0), server.getOrDefault("rss", -1.0)));
            System.out.flush();
        }

        void finish() throws IOException {
            finished = true;
            line();
            System.out.println("---- totals");
            System.out.println("echo      " + Latencies.summary(ECHO_LATENCY.total()));
            System.out.println("run       " + Latencies.summary(RUN_LATENCY.total()));
            System.out.println("exchange  " + Latencies.summary(EXCHANGE_LATENCY.total()));
            System.out.println("actions   " + ACTIONS.get() + ", reconnects " + RECONNECTS.get());
            System.out.println("errors    " + (ERRORS.isEmpty() ? "none" : new java.util.TreeMap<>(ERRORS)));
            if (options.csv().isPresent()) {
                Files.write(options.csv().get(), csv);
            }
        }

        /** Heap live after the last GC, heap used, open descriptors and threads, in MB and counts. */
        private Map<String, Double> serverMetrics() {
            Map<String, Double> out = new ConcurrentHashMap<>();
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(options.url().resolve("/actuator/prometheus"))
                        .timeout(Duration.ofSeconds(10));
                options.metricsAuth().ifPresent(auth -> request.header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(auth.getBytes())));
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    double used = 0;
                    for (String line : response.body().split("\n")) {
                        if (line.startsWith("jvm_gc_live_data_size_bytes")) {
                            out.put("live", value(line) / (1 << 20));
                        } else if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                            used += value(line);
                            if (line.contains("Old Gen")) {
                                out.put("old", value(line) / (1 << 20));
                            }
                        } else if (line.startsWith("process_files_open_files")) {
                            out.put("fds", value(line));
                        } else if (line.startsWith("jvm_threads_live_threads")) {
                            out.put("threads", value(line));
                        }
                    }
                    out.put("used", used / (1 << 20));
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                // No metrics this time; the latencies still count.
            }
            options.pid().ifPresent(pid -> {
                try {
                    String[] fds = new java.io.File("/proc/" + pid + "/fd").list();
                    if (fds != null) {
                        out.put("fds", (double) fds.length);
                    }
                    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                        if (line.startsWith("VmRSS:")) {
                            out.put("rss", Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024);
                        } else if (line.startsWith("Threads:")) {
                            out.put("threads", Double.parseDouble(line.replaceAll("[^0-9]", "")));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // The process is gone or not ours.
                }
            });
            return out;
        }

        private static double value(String line) {
            String[] parts = line.trim().split(" ");
            return Double.parseDouble(parts[parts.length - 1]);
        }
    }
}
