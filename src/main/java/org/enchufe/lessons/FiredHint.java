package org.enchufe.lessons;

/** A hint that appeared, and the event (its sequence number, 0 when asked) that made it appear. */
public record FiredHint(String id, int tier, Text text, String errnoLink, long seq) {

    static FiredHint of(Hint h, long seq) {
        return new FiredHint(h.id(), h.tier(), h.text(), h.errnoLink(), seq);
    }
}
