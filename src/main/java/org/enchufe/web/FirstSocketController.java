package org.enchufe.web;

import java.security.Principal;
import java.time.Instant;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.FirstSocket;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.enchufe.workbench.WorkspaceMessaging;
import org.springframework.stereotype.Controller;

/**
 * The home page's "open a socket" button: runs {@link FirstSocket} and streams its events to the
 * browser session that asked, then tells it how many sockets the page has opened so far.
 */
@Controller
class FirstSocketController {

    static final String EVENTS = "/queue/events";
    static final String TOTALS = "/queue/first-socket";

    private final WorkspaceMessaging messaging;
    private final SocketProbeRepository probes;

    FirstSocketController(WorkspaceMessaging messaging, SocketProbeRepository probes) {
        this.messaging = messaging;
        this.probes = probes;
    }

    @MessageMapping("/first-socket")
    void open(Principal browser) {
        String user = browser.getName();
        Sockaddr.Inet bound = new FirstSocket(event -> messaging.send(user, EVENTS, event)).run();
        if (bound != null) {
            probes.save(new SocketProbe(null, Instant.now(), bound.port()));
        }
        messaging.send(user, TOTALS, new Total(probes.count()));
    }

    /** How many sockets the home page has opened, for everyone, since the database was made. */
    record Total(long socketsOpened) {
    }
}
