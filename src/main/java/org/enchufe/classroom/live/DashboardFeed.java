package org.enchufe.classroom.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * The dashboards being watched and their updates: a watcher gets the whole grid at once, then,
 * every {@code enchufe.classroom.update-every}, one {@code changes} message per class carrying only
 * what changed since the last (nothing when nothing did) — however busy the class, a dashboard
 * receives a few small messages a second. Each watcher is one STOMP session of an instructor the
 * {@link DashboardController} let in.
 */
@Component
public class DashboardFeed implements DisposableBean {

    static final String QUEUE = "/queue/dashboard";

    private static final Logger log = LoggerFactory.getLogger(DashboardFeed.class);

    /** What a class's watchers were last sent. */
    private record Sent(Map<Long, Row> rows, Histogram histogram) {
    }

    private final ClassLive live;
    private final SimpMessagingTemplate messaging;
    private final Map<Long, Set<String>> watchers = new ConcurrentHashMap<>();
    private final Map<String, Long> watching = new ConcurrentHashMap<>();
    private final Map<Long, Sent> sent = new ConcurrentHashMap<>();
    private final ScheduledExecutorService updates =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("dashboard-feed").daemon().factory());

    DashboardFeed(ClassLive live, SimpMessagingTemplate messaging, LiveSettings settings) {
        this.live = live;
        this.messaging = messaging;
        long period = settings.updateEvery().toMillis();
        updates.scheduleAtFixedRate(this::update, period, period, TimeUnit.MILLISECONDS);
    }

    /** The STOMP session {@code session} watches {@code classId} from now (and no other class): it gets the grid. */
    void watch(String session, long classId) {
        unwatch(session);
        updates.execute(() -> {
            try {
                ClassLive.ClassView view = live.view(classId);
                sendTo(session, new DashboardMessage.Grid(classId, view.columns(), java.util.List.copyOf(view.rows().values()),
                        view.histogram(), live.now().toEpochMilli()));
                sent.putIfAbsent(classId, new Sent(view.rows(), view.histogram()));
                watchers.computeIfAbsent(classId, c -> ConcurrentHashMap.newKeySet()).add(session);
                watching.put(session, classId);
            } catch (RuntimeException e) {
                log.warn("could not send the dashboard of class {}", classId, e);
                sendTo(session, new DashboardMessage.Problem("internal"));
            }
        });
    }

    void unwatch(String session) {
        Long classId = watching.remove(session);
        if (classId != null) {
            watchers.computeIfPresent(classId, (c, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        unwatch(event.getSessionId());
    }

    /** Sends each watched class what changed since its last update. */
    void update() {
        sent.keySet().removeIf(classId -> !watchers.containsKey(classId));
        for (Map.Entry<Long, Set<String>> entry : watchers.entrySet()) {
            long classId = entry.getKey();
            try {
                ClassLive.ClassView view = live.view(classId);
                Sent before = sent.getOrDefault(classId, new Sent(Map.of(), new Histogram(java.util.List.of())));
                GridDiff.between(classId, before.rows(), before.histogram(), view.rows(), view.histogram(),
                        live.now().toEpochMilli()).ifPresent(changes -> entry.getValue().forEach(s -> sendTo(s, changes)));
                sent.put(classId, new Sent(view.rows(), view.histogram()));
            } catch (RuntimeException e) {
                // One class's trouble must not stop the others' dashboards.
                log.warn("could not update the dashboard of class {}", classId, e);
            }
        }
    }

    void sendTo(String session, DashboardMessage message) {
        messaging.convertAndSend(QUEUE + "-user" + session, message);
    }

    @Override
    public void destroy() {
        updates.shutdownNow();
    }
}
