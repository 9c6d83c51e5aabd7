package org.enchufe.lang.runtime;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.vm.Interpreter;

/**
 * The hash table behind set and frozenset, laid out exactly as CPython 3.11's setobject.c lays
 * it out — same sizes, probing, dummies and resizes — so that a set iterates and prints in the
 * order CPython's does (for ints, whose hashes agree).
 */
final class SetTable {

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final Object DUMMY = new Object();

    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int fill;
    private int used;
    /** Lookups and insertions so far, each an item of work for the budget ({@link Cost#item}). */
    private long probes;

    int size() {
        return used;
    }

    /** Adds the key; false when an equal one was there already. */
    boolean add(Interpreter in, PyObject key, long hash) {
        Cost.operation(in, probes++);
        int i = (int) (hash & mask);
        long perturb = hash;
        int freeSlot = -1;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    if (freeSlot >= 0) {
                        keys[freeSlot] = key;
                        hashes[freeSlot] = hash;
                        used++;
                        return true;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || Ops.eq(in, (PyObject) k, key))) {
                    return false;
                }
                if (k == DUMMY && freeSlot < 0) {
                    freeSlot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private int find(Interpreter in, PyObject key, long hash) {
        Cost.operation(in, probes++);
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || Ops.eq(in, (PyObject) k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    boolean contains(Interpreter in, PyObject key, long hash) {
        return find(in, key, hash) >= 0;
    }

    boolean discard(Interpreter in, PyObject key, long hash) {
        int at = find(in, key, hash);
        if (at < 0) {
            return false;
        }
        keys[at] = DUMMY;
        hashes[at] = -1;
        used--;
        return true;
    }

    /** Removes and returns an entry, scanning from where CPython's set.pop() does. */
    PyObject pop() {
        Interpreter in = mask >= Cost.FREE ? Interpreter.currentOrNull() : null;
        for (int i = 0; i <= mask; i++) {
            Cost.item(in, probes++);
            if (keys[i] != null && keys[i] != DUMMY) {
                PyObject key = (PyObject) keys[i];
                keys[i] = DUMMY;
                hashes[i] = -1;
                used--;
                return key;
            }
        }
        return null;
    }

    void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Interpreter in = newSize >= Cost.FREE ? Interpreter.currentOrNull() : null;
        if (in != null) {
            // A set built in one call (set(range(10 ** 9))) grows here, before any slice could measure it.
            in.requireRoomFor((long) newSize * (4 + 8));
            Cost.items(in, keys.length);
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null && oldKeys[i] != DUMMY) {
                insertClean(oldKeys[i], oldHashes[i]);
            }
        }
    }

    private void insertClean(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds every entry of {@code other} as CPython's set_merge does, preserving its layout rules. */
    void merge(Interpreter in, SetTable other) {
        if (other == this || other.used == 0) {
            return;
        }
        Cost.items(in, other.mask + 1L);
        Cost.operations(in, other.used);
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            keys = other.keys.clone();
            hashes = other.hashes.clone();
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[i]);
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) {
                add(in, (PyObject) k, other.hashes[i]);
            }
        }
    }

    int capacity() {
        return mask + 1;
    }

    /** The entries in table order, with their hashes. */
    List<PyObject> entries() {
        if (mask >= Cost.FREE) {
            Cost.items(Interpreter.currentOrNull(), mask + 1L);
        }
        List<PyObject> out = new ArrayList<>(used);
        for (int i = 0; i <= mask; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                out.add((PyObject) keys[i]);
            }
        }
        return out;
    }

    long[] entryHashes() {
        if (mask >= Cost.FREE) {
            Cost.items(Interpreter.currentOrNull(), mask + 1L);
        }
        long[] out = new long[used];
        int n = 0;
        for (int i = 0; i <= mask; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                out[n++] = hashes[i];
            }
        }
        return out;
    }
}
