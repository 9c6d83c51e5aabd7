package org.enchufe.lang.vm;

/**
 * The objects a walk has seen, by identity: an open-addressing table of references only (half
 * of IdentityHashMap's slots, which interleaves keys and values), so the meter's walk touches
 * less memory per object — the table is what the walk spends its time in.
 */
final class VisitedSet {

    private Object[] slots = new Object[1 << 10];
    private int size;

    /** Adds {@code o}; false when it was already there. */
    boolean add(Object o) {
        int mask = slots.length - 1;
        int i = mix(System.identityHashCode(o)) & mask;
        for (Object there = slots[i]; there != null; there = slots[i]) {
            if (there == o) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = o;
        if (++size * 2 > slots.length) {
            grow();
        }
        return true;
    }

    private void grow() {
        Object[] old = slots;
        slots = new Object[old.length * 2];
        int mask = slots.length - 1;
        for (Object o : old) {
            if (o != null) {
                int i = mix(System.identityHashCode(o)) & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = o;
            }
        }
    }

    /** Identity hashes are 31 random bits at best; spread them so linear probing does not cluster. */
    private static int mix(int h) {
        return h * 0x9E3779B9;
    }
}
