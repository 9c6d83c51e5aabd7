package org.enchufe.events;

/**
 * What a topology's network did to a datagram a process sent — the sandbox's decision, never the
 * OS's: lost, duplicated, held back so later ones overtake it, or dropped by the receiving host's
 * firewall. A datagram that simply arrives makes no event.
 *
 * @param fd      the sending socket's descriptor
 * @param network the network it crossed (the topology's name for it)
 * @param to      where it was going, as the program named it ("172.25.4.4:7000")
 * @param bytes   its size
 */
public record LinkEvent(long seq, long t, int pid, int fd, Fate fate, String network, String to, int bytes)
        implements Event {

    /** What the network did to the datagram. */
    public enum Fate { LOST, DUPLICATED, REORDERED, FILTERED }
}
