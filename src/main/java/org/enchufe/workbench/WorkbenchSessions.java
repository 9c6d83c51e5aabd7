package org.enchufe.workbench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.enchufe.kernel.ServerGuard;
import org.enchufe.kernel.net.Topology;
import org.enchufe.sandbox.LiveSandbox;
import org.enchufe.sandbox.Refused;
import org.enchufe.sandbox.SandboxPool;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Which sandbox each workspace has. A workspace gets one on first use; it survives reloads and
 * tabs (every tab of a browser shares the workspace) until reset or disposed for being idle.
 * Every 40 ms the outboxes send what their sandboxes did.
 */
@Service
public class WorkbenchSessions implements DisposableBean {

    static final String QUEUE = "/queue/sandbox";
    static final long FLUSH_MILLIS = 40;

    private final SandboxPool pool;
    private final WorkspaceMessaging messaging;
    private final WorkspaceOrigins origins;
    private final Onlookers onlookers;
    private final Map<String, WorkbenchSession> sessions = new ConcurrentHashMap<>();
    /** The network each workspace chose; absent: one host on its own. Kept while the server runs. */
    private final Map<String, String> networks = new ConcurrentHashMap<>();
    /** The topology a lesson opened the workspace's sandbox on; it wins over the chosen network until one is chosen again. */
    private final Map<String, Topology> lessonTopologies = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("workbench-flush").daemon().factory());

    WorkbenchSessions(SandboxPool pool, WorkspaceMessaging messaging, WorkspaceOrigins origins, Onlookers onlookers) {
        this.pool = pool;
        this.messaging = messaging;
        this.origins = origins;
        this.onlookers = onlookers;
        // Only the session of the sandbox that ended: its owner may have a newer one already.
        pool.onDisposed(ended -> {
            sessions.computeIfPresent(ended.owner(), (w, session) -> session.live() == ended ? null : session);
            origins.forget(ended.owner());
        });
        flusher.scheduleWithFixedDelay(this::flushAll, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The workspace's session, with a new sandbox when it has none. */
    WorkbenchSession of(String workspace) {
        WorkbenchSession existing = sessions.get(workspace);
        if (isCurrent(workspace, existing)) {
            return existing;
        }
        // Opening may evict another workspace's sandbox, whose end removes its session from the map:
        // so not inside the map's compute (a map may not be changed from its own compute), but
        // under a lock of its own — sessions are made rarely, once per sandbox.
        synchronized (opening) {
            existing = sessions.get(workspace);
            if (isCurrent(workspace, existing)) {
                return existing;
            }
            EventOutbox outbox = new EventOutbox(message -> send(workspace, message));
            WorkbenchSession fresh;
            try {
                fresh = new WorkbenchSession(pool.open(workspace, outbox, topologyOf(workspace), origins.of(workspace)), outbox);
            } catch (SandboxPool.FullException e) {
                throw new WorkbenchProblem("server-full");
            } catch (org.enchufe.kernel.ServerGuard.Refused e) {
                throw new WorkbenchProblem("server-busy");
            }
            sessions.put(workspace, fresh);
            return fresh;
        }
    }

    private final Object opening = new Object();

    private boolean isCurrent(String workspace, WorkbenchSession session) {
        return session != null && pool.find(workspace).orElse(null) == session.live();
    }

    /** Ends the workspace's sandbox (every process, every socket) and starts an empty one. */
    WorkbenchSession reset(String workspace) {
        pool.dispose(workspace);
        WorkbenchSession fresh = of(workspace);
        fresh.sendState();
        return fresh;
    }

    /** Starts the workspace over (as {@link #reset}) on network {@code name}, one of {@link Networks#OFFERED}. */
    WorkbenchSession network(String workspace, String name) {
        if (name == null || !Networks.OFFERED.contains(name)) {
            throw new WorkbenchProblem("no-such-network", Map.of("network", name == null ? "" : name));
        }
        networks.put(workspace, name);
        lessonTopologies.remove(workspace);
        return reset(workspace);
    }

    private Topology topologyOf(String workspace) {
        Topology lesson = lessonTopologies.get(workspace);
        return lesson != null ? lesson : Networks.topology(networks.getOrDefault(workspace, Networks.DEFAULT));
    }

    // ---------------------------------------------------------------- for other features (a lesson's page)

    /**
     * The workspace's sandbox on {@code topology} (a lesson's): kept when it already is on it,
     * otherwise started over on it, as a reset (its files stay).
     */
    public LiveSandbox openOn(String workspace, Topology topology) {
        if (!topology.equals(topologyOf(workspace))) {
            lessonTopologies.put(workspace, topology);
            return reset(workspace).live();
        }
        return of(workspace).live();
    }

    /**
     * Ends the workspace's sandbox and starts an empty one on the same network, as the workbench's
     * reset does (its files stay; its pages are sent the new state): an instructor's reset of a
     * student's sandbox.
     */
    public void startOver(String workspace) {
        reset(workspace);
    }

    /** The workspace's live sandbox (a new one when it has none), to subscribe to its events. */
    public LiveSandbox live(String workspace) {
        return of(workspace).live();
    }

    /**
     * STOMP session {@code session} (an instructor's page; who may, the caller decided) sees
     * {@code workspace}'s sandbox from now on its {@code /user/queue/shoulder}: at once its state
     * (consoles, recent events, tables) when it has a sandbox, then what its pages are sent. The
     * sandbox is only looked at: no command, no new sandbox, nothing sent to the workspace's pages.
     */
    public void lookOver(String workspace, String session) {
        onlookers.add(workspace, session);
        WorkbenchSession current = sessions.get(workspace);
        if (isCurrent(workspace, current)) {
            current.live().snapshot()
                    .thenAccept(snapshot -> onlookers.sendTo(session, current.outbox().state(snapshot)));
        }
    }

    /** Shows the onlooker {@code session} the files {@code files} (name → text), as a page's file list. */
    public void showFiles(String session, java.util.Map<String, String> files) {
        onlookers.sendTo(session, new WorkbenchMessage.Files(files.entrySet().stream()
                .map(f -> new WorkbenchMessage.FileView(f.getKey(), f.getValue(), 0)).toList()));
    }

    /** Session {@code session} stops looking at the workspace it looked at (a disconnect does the same). */
    public void stopLooking(String session) {
        onlookers.remove(session);
    }

    /** How many sessions look at {@code workspace} now. */
    public int onlookers(String workspace) {
        return onlookers.count(workspace);
    }

    /** What a reconnecting page of the workspace is given: its sandbox's recent events, consoles, totals. */
    public Transcript transcript(String workspace) {
        return of(workspace).outbox().transcript();
    }

    /**
     * Starts {@code filename} in the workspace's sandbox as the workbench's Run does (on
     * {@code host}, null: the first; stopped at its first line when {@code stepping}); a run that
     * cannot start is said to the workspace's pages.
     */
    public void run(String workspace, String filename, String source, boolean stepping, String host) {
        answer(workspace, of(workspace).run(filename, source == null ? "" : source, stepping, host));
    }

    /** Says to the workspace's pages why a command failed, in their language: the problem's code, never a Java exception. */
    void answer(String workspace, CompletableFuture<?> done) {
        done.exceptionally(error -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof WorkbenchProblem problem) {
                send(workspace, new WorkbenchMessage.Problem(problem.code(), problem.args()));
            } else if (cause instanceof Refused refused) {
                send(workspace, new WorkbenchMessage.Problem(refused.code(), refused.args()));
            } else if (cause instanceof ServerGuard.Refused) {
                // The server is short of heap or descriptors: the run is refused, said in the student's language.
                send(workspace, new WorkbenchMessage.Problem("server-busy", Map.of()));
            } else {
                org.slf4j.LoggerFactory.getLogger(WorkbenchSessions.class).warn("a workbench command failed", cause);
                send(workspace, new WorkbenchMessage.Problem("internal", Map.of()));
            }
            return null;
        });
    }

    void send(String workspace, WorkbenchMessage message) {
        messaging.send(workspace, QUEUE, message);
        onlookers.send(workspace, message);
    }

    /** Every this many flushes (≈ half a second), sandboxes with live processes have their tables looked at. */
    static final int LOOK_EVERY = 12;
    private int flushes;

    private void flushAll() {
        boolean look = ++flushes % LOOK_EVERY == 0;
        for (WorkbenchSession session : sessions.values()) {
            try {
                boolean changed = session.outbox().flush();
                if (session.takeTablesWanted() || changed || look && session.hasLiveProcesses()) {
                    session.sendTables();
                }
            } catch (RuntimeException e) {
                // One workspace's trouble must not stop the others' streams.
                org.slf4j.LoggerFactory.getLogger(WorkbenchSessions.class).warn("could not send a workspace's events", e);
            }
        }
    }

    @Override
    public void destroy() {
        flusher.shutdownNow();
    }
}
