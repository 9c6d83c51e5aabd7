package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/**
 * Text repeated to fill a width a program chose ({@code '%0999999999d'}, {@code 'x'.center(10**9)},
 * {@code f'{1:>999999999}'}): charged to the program's memory before it is made, so a width it
 * may not hold is its MemoryError and never a gigabyte allocated on the server's heap.
 */
final class Padding {

    private Padding() {
    }

    /** {@code unit} repeated {@code times}, charged first to the running program. */
    static String of(String unit, int times) {
        if (times <= 0) {
            return "";
        }
        charge((long) unit.length() * times, unit.chars().allMatch(c -> c < 256) ? 1 : 2);
        return unit.repeat(times);
    }

    /**
     * Charges text of {@code chars} characters about to be made, at {@code bytesPerChar} (1 for
     * Latin-1, 2 otherwise, as the JVM stores it), to the running program (MemoryError if it
     * cannot hold it).
     */
    static void charge(long chars, int bytesPerChar) {
        Interpreter in = Interpreter.currentOrNull();
        if (in != null && chars > 0) {
            in.accountText(chars, bytesPerChar);
            in.work(Cost.chars(chars));
        }
    }
}
