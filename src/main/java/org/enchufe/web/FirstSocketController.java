package org.enchufe.web;

import java.security.Principal;
import java.time.Instant;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.FirstSocket;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Controller;

/**
 * The home page's "open a socket" button: runs {@link FirstSocket} and streams its events to the
 * browser session that asked, then tells it how many sockets the page has opened so far.
 */
@Controller
class FirstSocketController {

    static final String EVENTS = "/queue/events";
    static final String TOTALS = "/queue/first-socket";

    private final SimpMessagingTemplate messaging;
    private final SocketProbeRepository probes;

    FirstSocketController(SimpMessagingTemplate messaging, SocketProbeRepository probes) {
        this.messaging = messaging;
        this.probes = probes;
    }

    @MessageMapping("/first-socket")
    void open(Principal browser) {
        String user = browser.getName();
        Sockaddr.Inet bound = new FirstSocket(event -> messaging.convertAndSendToUser(user, EVENTS, event)).run();
        if (bound != null) {
            probes.save(new SocketProbe(null, Instant.now(), bound.port()));
        }
        messaging.convertAndSendToUser(user, TOTALS, new Total(probes.count()));
    }

    /** How many sockets the home page has opened, for everyone, since the database was made. */
    record Total(long socketsOpened) {
    }
}
