import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.enchufe.EnchufeApplication;
import org.enchufe.classroom.ClassRoster;
import org.enchufe.course.LessonActivity;
import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.ProcessState;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.enchufe.lessons.Verdict;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/**
 * The live dashboard with one class of N busy students (a benchmark, not a test).
 *
 * <p>The whole application starts in this process (H2 in memory, a random port), with an
 * in-memory roster of one class of N students in lesson 9 and an instructor signed in by a
 * bench-only login. Each simulated student tells the lesson engine's listeners (every
 * {@link LessonActivity} bean, in their order, exactly as the course tells them) what a busy
 * student's sandbox and Checks produce: EVENTS_PER_SECOND syscall events (one in ten with an
 * errno), a look at the sandbox every 0.5 s (a server asleep in accept(), then in recv()), a
 * program ending with an error now and then, and every VERDICT_EVERY seconds a Check failing
 * goal {@code puerto-cero} once more — stored in the database (the history) and shown on the
 * dashboard as the cell "failing puerto-cero (n times)". The instructor's dashboard is a real
 * STOMP client over a WebSocket; for each (student, n) the latency is from the verdict told to
 * the update that shows it. Also: update messages per second, their size, and CPU (the
 * process's, which includes the simulated students', and the dashboard-feed thread's own).
 * Run: bench/classroom/run.sh [STUDENTS] [SECONDS]
 */
public class ClassroomBench {

    static final int EVENTS_PER_SECOND = 50;
    static final int VERDICT_EVERY = 2;
    static final String LESSON = "bind-y-puertos";
    static final String GOAL = "puerto-cero";

    record Member(long id, String workspace) {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        List<ClassRoster.Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ClassRoster.Member(i + 1, "student " + (i + 1), String.format("bench%022d", i)));
        }
        ClassRoster roster = new ClassRoster() {
            public List<Member> members(long classId) { return members; }
            public List<String> openLessons(long classId) { return List.of(LESSON, "cliente-y-servidor"); }
            public boolean teaches(String username, long classId) { return "ana".equals(username) && classId == 1; }
            public Optional<Long> classOf(String workspace) { return workspace.startsWith("bench") ? Optional.of(1L) : Optional.empty(); }
        };
        // The source launcher loads this file in a class loader of its own: the application's classes
        // (and the proxies Spring makes of them) belong to the class path's.
        Thread.currentThread().setContextClassLoader(EnchufeApplication.class.getClassLoader());
        ConfigurableApplicationContext app = new SpringApplicationBuilder(EnchufeApplication.class)
                .resourceLoader(new org.springframework.core.io.DefaultResourceLoader(EnchufeApplication.class.getClassLoader()))
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("benchRoster", roster);
                    FilterRegistrationBean<Filter> login = new FilterRegistrationBean<>((req, res, chain) -> {
                        var authentication = UsernamePasswordAuthenticationToken.authenticated("ana", null,
                                AuthorityUtils.createAuthorityList("ROLE_INSTRUCTOR"));
                        ((HttpServletRequest) req).getSession(true).setAttribute(
                                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(authentication));
                        ((HttpServletResponse) res).setStatus(204);
                    });
                    login.addUrlPatterns("/bench-login");
                    login.setOrder(Integer.MIN_VALUE);
                    ctx.getBeanFactory().registerSingleton("benchLogin", login);
                })
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                        "--enchufe.workspace.secret=bench-only-secret-bench-only-secret-0123456789",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        Lesson lesson = app.getBean(LessonCatalogue.class).lesson(LESSON).orElseThrow();
        List<LessonActivity> activities = new ArrayList<>(app.getBeansOfType(LessonActivity.class).values());
        AnnotationAwareOrderComparator.sort(activities);
        System.out.printf("cores %d, students %d, %d s, listeners %s%n", Runtime.getRuntime().availableProcessors(), n, seconds,
                activities.stream().map(a -> a.getClass().getSimpleName()).toList());

        // The instructor: a browser's cookies, signed in, the dashboard over STOMP.
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox")).build(), HttpResponse.BodyHandlers.discarding());
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/bench-login")).build(), HttpResponse.BodyHandlers.discarding());
        int page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/classes/1")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (page != 200) {
            throw new IllegalStateException("the instructor's dashboard page answered " + page);
        }
        String cookies = String.join("; ", http.cookieHandler().orElseThrow().get(URI.create("http://localhost:" + port + "/"), Map.of())
                .getOrDefault("Cookie", List.of()));
        Map<String, Long> told = new ConcurrentHashMap<>();
        List<Long> latencies = new CopyOnWriteArrayList<>();
        AtomicLong updates = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong cellsSeen = new AtomicLong();
        var measuring = new java.util.concurrent.atomic.AtomicBoolean();
        jakarta.websocket.WebSocketContainer container = jakarta.websocket.ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(16 * 1024 * 1024);
        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient(container));
        stomp.setMessageConverter(new JacksonJsonMessageConverter());
        stomp.setInboundMessageSizeLimit(16 * 1024 * 1024);
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add("Cookie", cookies);
        StompSession session = stomp.connectAsync(URI.create("ws://localhost:" + port + "/ws"), headers, new StompHeaders(),
                new StompSessionHandlerAdapter() {
                    @Override
                    public void handleException(StompSession s, org.springframework.messaging.simp.stomp.StompCommand c,
                                                StompHeaders h, byte[] payload, Throwable e) {
                        e.printStackTrace();
                    }

                    @Override
                    public void handleFrame(StompHeaders h, Object payload) {
                        System.out.println("ERROR frame: " + h);
                    }
                }).get(10, TimeUnit.SECONDS);
        var grid = new java.util.concurrent.CompletableFuture<Integer>();
        session.subscribe("/user/queue/dashboard", new StompFrameHandler() {
            public java.lang.reflect.Type getPayloadType(StompHeaders h) { return JsonNode.class; }
            public void handleFrame(StompHeaders h, Object payload) {
                long now = System.nanoTime();
                JsonNode m = (JsonNode) payload;
                long size = h.getContentLength();
                if ("grid".equals(m.get("type").asString())) {
                    grid.complete((int) size);
                    return;
                }
                if (!measuring.get()) {
                    return;
                }
                updates.incrementAndGet();
                bytes.addAndGet(size);
                for (JsonNode row : m.get("rows")) {
                    for (var cell : row.get("cells").properties()) {
                        cellsSeen.incrementAndGet();
                        JsonNode c = cell.getValue();
                        if ("failing".equals(c.get("state").asString())) {
                            Long at = told.remove(row.get("student").asLong() + "/" + c.get("times").asInt());
                            if (at != null) {
                                latencies.add(now - at);
                            }
                        }
                    }
                }
            }
        });
        session.send("/app/classes/watch", Map.of("classId", 1));
        System.out.printf("grid of %d students: %d bytes%n", n, grid.get(30, TimeUnit.SECONDS));

        // The class at work.
        ScheduledExecutorService students = Executors.newScheduledThreadPool(2);
        long start = System.nanoTime();
        AtomicLong seq = new AtomicLong();
        for (ClassRoster.Member m : members) {
            for (LessonActivity a : activities) {
                a.opened(m.workspace(), lesson, 0);
            }
            long offset = ThreadLocalRandom.current().nextLong(1000);
            int[] failures = {0};
            int[] tick = {0};
            students.scheduleAtFixedRate(() -> {
                long t = (System.nanoTime() - start) / 1000;
                int round = ++tick[0];
                // A tenth of a second of this student's sandbox.
                for (int e = 0; e < EVENTS_PER_SECOND / 10; e++) {
                    boolean failed = ThreadLocalRandom.current().nextInt(10) == 0;
                    Event ev = new SyscallEvent(seq.incrementAndGet(), t, 1, failed ? "bind" : "recv", Map.of(), failed ? -1 : 5,
                            failed ? new SyscallEvent.ErrnoInfo(e % 2 == 0 ? "EADDRINUSE" : "EACCES", 98, "") : null, "", 3, null);
                    activities.forEach(a -> a.event(m.workspace(), lesson, ev));
                }
                if (round % 5 == 0) {
                    String call = round % 100 < 50 ? "accept" : "recv";
                    var p = new SandboxSnapshot.ProcessView(1, 0, "servidor.py", "enchufe", ProcessState.BLOCKED, 0, call, 3, 7,
                            List.of(), List.of(), false);
                    SandboxSnapshot s = new SandboxSnapshot(List.of(p), List.of());
                    activities.forEach(a -> a.looked(m.workspace(), lesson, s));
                }
                if (round % 70 == 0) {
                    ProcessEvent exit = new ProcessEvent(seq.incrementAndGet(), t, 2, 0, ProcessEvent.Change.EXITED, 256, "cliente.py");
                    activities.forEach(a -> a.event(m.workspace(), lesson, exit));
                }
                if (round % (VERDICT_EVERY * 10) == 0) {
                    int times = ++failures[0];
                    told.put(m.studentId() + "/" + times, System.nanoTime());
                    List<Verdict> verdicts = List.of(new Verdict(GOAL, Verdict.Status.FAILED, null, null, List.of(), 1, "puerto-fijo"));
                    activities.forEach(a -> a.decided(m.workspace(), lesson, verdicts, true));
                }
            }, offset, 100, TimeUnit.MILLISECONDS);
        }

        // Warm up for 10 s, then measure.
        Thread.sleep(10_000);
        told.clear();
        latencies.clear();
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long feedThread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("dashboard-feed"))
                .findFirst().orElseThrow().threadId();
        long cpu0 = os.getProcessCpuTime();
        long feed0 = threads.getThreadCpuTime(feedThread);
        long wall0 = System.nanoTime();
        measuring.set(true);
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        double feed = (threads.getThreadCpuTime(feedThread) - feed0) / 1e9;
        students.shutdownNow();

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("updates %d in %.1f s: %.2f a second, %.0f bytes each on average, %.1f changed cells each%n",
                updates.get(), wall, updates.get() / wall, bytes.get() / (double) Math.max(1, updates.get()),
                cellsSeen.get() / (double) Math.max(1, updates.get()));
        System.out.printf("verdict → dashboard: %d measured, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; %d not seen%n",
                sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                told.size());
        System.out.printf("cpu: process %.1f s in %.1f s (%.0f %% of one core; the simulated students included), "
                + "dashboard-feed thread %.2f s (%.1f %% of one core)%n", cpu, wall, 100 * cpu / wall, feed, 100 * feed / wall);
        session.disconnect();
        stomp.stop();
        app.close();
        System.exit(0);
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
