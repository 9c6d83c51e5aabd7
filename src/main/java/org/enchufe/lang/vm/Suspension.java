package org.enchufe.lang.vm;

/**
 * Why a thread stopped inside a call that would block: the host (the CLI, or the sandbox
 * kernel) waits for the condition and resumes the thread with the call's result or error.
 */
public interface Suspension {

    /**
     * Whether completing the call copies the process (os.fork()): such a call cannot wait under
     * a builtin, whose Java frames a copy could not take along.
     */
    default boolean copiesProcess() {
        return false;
    }

    /** {@code time.sleep(seconds)}: resume with None after the delay. */
    record Sleep(long nanos) implements Suspension {
    }

    /** {@code input()} and {@code sys.stdin.readline()}: resume with the line read, or an EOFError. */
    record ReadLine(boolean keepNewline) implements Suspension {
    }
}
