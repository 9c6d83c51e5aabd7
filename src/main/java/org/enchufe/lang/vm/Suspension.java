package org.enchufe.lang.vm;

import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyStr;

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

        /**
         * Resumes {@code thread}, waiting in this read, with {@code line} (its newline included;
         * null at end of input): input() drops the newline and raises EOFError at the end,
         * readline() keeps it and returns '' there. The one place either host answers a read.
         */
        public void deliver(ThreadState thread, String line) {
            if (line == null) {
                if (keepNewline) {
                    thread.resume(PyStr.of(""));
                } else {
                    thread.resumeWithError(PyException.of(ExceptionTypes.EOF_ERROR, "EOF when reading a line"));
                }
            } else if (keepNewline) {
                thread.resume(PyStr.of(line));
            } else {
                thread.resume(PyStr.of(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line));
            }
        }
    }
}
