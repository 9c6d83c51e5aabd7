package org.enchufe.web;

import java.time.Instant;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.FirstSocket;
import org.enchufe.workbench.TokenBuckets;
import org.enchufe.workbench.WorkspaceMessaging;
import org.enchufe.workbench.WorkspaceUser;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.stereotype.Controller;

/**
 * The home page's "open a socket" button: runs {@link FirstSocket} and streams its events to the
 * browser that asked, then tells it how many sockets the page has opened so far. Each run is a real
 * socket and a stored row, so a workspace may run it {@link #RATE} at most; past that the page is
 * told to wait.
 */
@Controller
class FirstSocketController {

    static final String EVENTS = "/queue/events";
    static final String TOTALS = "/queue/first-socket";
    /** Ten presses at once, then one every three seconds: more than curiosity needs. */
    static final TokenBuckets.Rate RATE = new TokenBuckets.Rate(10, 20);

    private final WorkspaceMessaging messaging;
    private final SocketProbeRepository probes;
    private final TokenBuckets runs = new TokenBuckets(RATE);

    FirstSocketController(WorkspaceMessaging messaging, SocketProbeRepository probes) {
        this.messaging = messaging;
        this.probes = probes;
    }

    @MessageMapping("/first-socket")
    void open(WorkspaceUser browser) {
        String workspace = browser.workspace();
        if (!runs.take(workspace)) {
            messaging.send(workspace, TOTALS, new TooFast(runs.retryAfterSeconds()));
            return;
        }
        Sockaddr.Inet bound = new FirstSocket(event -> messaging.send(workspace, EVENTS, event)).run();
        if (bound != null) {
            probes.save(new SocketProbe(null, Instant.now(), bound.port()));
        }
        messaging.send(workspace, TOTALS, new Total(probes.count()));
    }

    /** How many sockets the home page has opened, for everyone, since the database was made. */
    record Total(long socketsOpened) {
    }

    /** This workspace pressed too often: it may press again in about {@code retryAfter} seconds. */
    record TooFast(long retryAfter) {
    }
}
