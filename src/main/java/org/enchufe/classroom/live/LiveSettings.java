package org.enchufe.classroom.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's thresholds ({@code enchufe.classroom.*} in application properties).
 *
 * @param failingRepeats a goal failed this many verdicts in a row is a stuck badge (3)
 * @param lonelyAccept   a server asleep in accept() this long with no client is one (60 s)
 * @param recvDeadlock   two processes both asleep in recv() this long are one (15 s)
 * @param crashLoop      this many programs ending with an error ({@code crashWindow} apart at most) are one (3)
 * @param crashWindow    the span a crash loop is counted in (2 min)
 * @param updateEvery    the least time between two updates of one class's dashboard (300 ms)
 */
@ConfigurationProperties("enchufe.classroom")
public record LiveSettings(@DefaultValue("3") int failingRepeats, @DefaultValue("60s") Duration lonelyAccept,
                           @DefaultValue("15s") Duration recvDeadlock, @DefaultValue("3") int crashLoop,
                           @DefaultValue("2m") Duration crashWindow, @DefaultValue("300ms") Duration updateEvery) {

    public static LiveSettings defaults() {
        return new LiveSettings(3, Duration.ofSeconds(60), Duration.ofSeconds(15), 3, Duration.ofMinutes(2),
                Duration.ofMillis(300));
    }
}
