package org.enchufe.lang.modules.re;

import org.enchufe.lang.runtime.Cost;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.vm.Interpreter;

/**
 * The text a match runs over, as java.util.regex sees it: every character the engine reads is
 * charged to the program's instruction budget, and every few thousand reads it honours a stop
 * request (kill, Ctrl-C) and the instruction limit. Java's engine reads its input only through
 * {@link #charAt}, so no backtracking — however catastrophic, {@code (a+)+$} over forty
 * characters — can run past them: the program is stopped or throttled as a loop would be.
 */
final class ChargedText implements CharSequence {

    /** Reads between two charges. */
    private static final int STEP = 4096;

    private final String text;
    private final int length;
    private final Interpreter in;
    private int reads;

    /** {@code text} cut at {@code length}: Python's endpos, past which nothing is seen. */
    ChargedText(String text, int length, Interpreter in) {
        this.text = text;
        this.length = length;
        this.in = in;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (++reads == STEP) {
            charge();
        }
        return text.charAt(index);
    }

    private void charge() {
        reads = 0;
        if (in == null) {
            return;
        }
        // A backtracking step reads a character and compares it: work done one character at a time.
        in.work(STEP / Cost.CONVERTED_PER_INSTRUCTION);
        long most = in.limits().maxInstructions();
        if (most > 0 && in.instructions() > most) {
            throw PyErrors.raise(ExceptionTypes.RUNTIME_ERROR, "instruction limit exceeded: the program ran " + most + " instructions");
        }
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text.substring(0, length);
    }
}
