package org.enchufe.lang.vm;

import java.util.List;
import java.util.Map;

import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyModule;

/**
 * What a program has spent of its output and memory limits. Output is counted in characters
 * printed. Memory is charged as builtins make values ({@link JvmLayout}'s sizes), counted for the
 * rest a slice allocated ({@link Allocations}), and corrected by walks of what the program can
 * still reach ({@link MemoryMeter}) when the count says the limit may have been passed.
 */
final class Accounting {

    private final Limits limits;
    /** What the program holds, for the walks: the interpreter's modules and threads, as they change. */
    private final Map<String, PyModule> modules;
    private final List<ThreadState> threads;
    private long output;
    private long memory;
    /** Every byte charged or counted since the start, never reset: what a slice's allocations are compared with. */
    private long counted;
    /** Allocations counted since the last walk, and what that walk found: when the next one is worth it. */
    private long countedSinceWalk;
    private long liveAtWalk;

    Accounting(Limits limits, Map<String, PyModule> modules, List<ThreadState> threads) {
        this.limits = limits;
        this.modules = modules;
        this.threads = threads;
    }

    /** A forked copy starts from what its parent had charged. */
    void inherit(Accounting parent) {
        memory = parent.memory;
    }

    /** Every byte charged or counted so far (never less): a slice's allocations minus what it charged are what it left uncounted. */
    long counted() {
        return counted;
    }

    void countOutput(long chars) {
        output += chars;
        if (output > limits.maxOutput()) {
            output = 0;
            throw PyErrors.raise(ExceptionTypes.RUNTIME_ERROR, "output limit exceeded: the program printed more than "
                    + limits.maxOutput() + " characters");
        }
    }

    // Charges are what the new object costs on the JVM's heap (JvmLayout), so a single request
    // (a repeat, a join) is refused exactly where the meter would refuse what it builds.

    /** Charges a new str of {@code chars} characters, {@code bytesPerChar} each ({@link org.enchufe.lang.runtime.PyStr#bytesPerChar()}). */
    void accountText(long chars, int bytesPerChar) {
        charge(JvmLayout.str(chars, bytesPerChar));
    }

    /** Charges {@code chars} more characters of a str built in pieces (a join, a replace): its overhead once, elsewhere. */
    void accountMoreText(long chars, int bytesPerChar) {
        charge(chars * bytesPerChar);
    }

    /** Charges a new bytes or bytearray of {@code count} bytes. */
    void accountBytes(long count) {
        charge(JvmLayout.bytes(count));
    }

    /** Charges {@code count} more slots of a list, tuple, dict or set: a reference each. */
    void accountObjects(long count) {
        charge(count * JvmLayout.REF);
    }

    /**
     * A value a builtin is still building in Java (a list from an iterator, a join, a replace),
     * {@code bytes} so far: refused once it alone passes the limit. The memory meter measures what
     * the program can reach, so it cannot see such a value, and would forgive the charges for it.
     */
    void requireRoomFor(long bytes) {
        if (bytes > limits.maxMemory()) {
            throw PyErrors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
    }

    private void charge(long bytes) {
        if (bytes > limits.maxMemory()) {
            throw PyErrors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
        memory += bytes;
        counted += bytes;
        if (memory > limits.maxMemory()) {
            // What was charged may since have become garbage: measure what is really alive.
            long live = walk();
            if (live + bytes > limits.maxMemory()) {
                // Refused, so never allocated: the slice's allocation count must not take it for a charge.
                counted -= bytes;
                throw PyErrors.raise(ExceptionTypes.MEMORY_ERROR, "");
            }
        }
    }

    /** The bytes the program holds now, as the memory limit counts them (a walk of what it can reach: not for every slice). */
    long liveBytes() {
        return MemoryMeter.measure(modules.values(), threads);
    }

    /** The bytes charged to the memory limit so far: cheap, an upper bound of liveBytes until the next measurement. */
    long chargedBytes() {
        return memory;
    }

    /**
     * Counts what the slice allocated beyond what builtins charged: the ints, strs, tuples,
     * instances and entries the loop makes one by one are charged nowhere else. Garbage counts
     * too, so this is an upper bound, which the next walk corrects.
     */
    void countAllocations(long unseen) {
        if (unseen > 0) {
            memory += unseen;
            counted += unseen;
            countedSinceWalk += unseen;
        }
    }

    /**
     * Before a slice: if the count says the limit may have been passed, walks what the program
     * holds, and MemoryError at the thread's next instruction if it has — at most a slice after
     * the allocation that crossed it. A program holding much and making garbage would pass the
     * count at every slice, so the next walk waits until a quarter of what it held was allocated:
     * the walks cost a constant share of the allocating, and the limit may be passed by that much.
     */
    void checkAllocations(ThreadState thread) {
        if (memory <= limits.maxMemory() || countedSinceWalk < liveAtWalk / 4 || thread.innermost().pending != null) {
            return;
        }
        long live = walk();
        if (live > limits.maxMemory()) {
            thread.innermost().pending = PyErrors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
    }

    /** Measures what the program holds; the charges start again from it. */
    private long walk() {
        long live = MemoryMeter.measure(modules.values(), threads);
        memory = live;
        liveAtWalk = live;
        countedSinceWalk = 0;
        return live;
    }
}
