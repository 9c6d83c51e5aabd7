package org.enchufe.lang.runtime;

/**
 * What a builtin's work costs in instructions of the budget ({@code Interpreter.work}), so that
 * a program spending its time in big builtins — searching a long string, sorting a long list,
 * multiplying huge ints — is limited and throttled as one running a loop is. Each rate is how much
 * of that work takes the time of one ordinary instruction on the reference machine (method and
 * figures in docs/performance.md, "Work charged by builtins").
 */
public final class Cost {

    /** Characters (or bytes) copied or scanned by vector code (repeat, join, a one-character find) per instruction: 20–56 measured. */
    public static final int CHARS_PER_INSTRUCTION = 32;
    /** Characters of text compared by the two-way search (or a short needle's) per instruction: 7.6 measured. */
    public static final int SEARCHED_PER_INSTRUCTION = 8;
    /** Items of a list, tuple or dict visited (compared as small ints or by identity, copied) per instruction: 1–2 measured. */
    public static final int ITEMS_PER_INSTRUCTION = 1;
    /** Instructions per item for loops running a generic operation on each (sum's add, a sort's comparison, repr): 8–35 measured. */
    public static final int INSTRUCTIONS_PER_OPERATION = 8;
    /** 64-bit limb products of a schoolbook big-int multiplication per instruction. */
    public static final int LIMB_PRODUCTS_PER_INSTRUCTION = 16;
    /** References moved by {@code System.arraycopy} within an array (an insert's or a pop's shift) per instruction: 25 measured. */
    public static final int REFERENCES_PER_INSTRUCTION = 16;
    /** Characters or bytes handled one at a time (case mapping, hex digits, a codec) per instruction: 1–3.4 measured. */
    public static final int CONVERTED_PER_INSTRUCTION = 2;
    /**
     * Below this many characters, bytes or references a builtin's work is lost in the instructions
     * around its call and is not charged, so ordinary small calls pay nothing for being measured.
     */
    public static final int FREE = 256;
    /** Work done in one Java call (a case mapping, a decode) up to this many characters; longer ones go in chunks, each charged and stoppable. */
    public static final int CHUNK = 1 << 16;

    private Cost() {
    }

    /** In a loop over items, at item {@code index}: charges every 1024th item for the last 1024. */
    public static void item(org.enchufe.lang.vm.Interpreter in, long index) {
        if ((index & 1023) == 1023 && in != null) {
            in.work(items(1024));
        }
    }

    /** As {@link #item}, for a loop running a generic operation per item (an add, a comparison, a repr). */
    public static void operation(org.enchufe.lang.vm.Interpreter in, long index) {
        if ((index & 127) == 127 && in != null) {
            in.work(128L * INSTRUCTIONS_PER_OPERATION);
        }
    }

    /** Charges {@code n} characters or bytes copied, hashed or compared by vector code (equality, a copy, a hash). */
    public static void bulk(org.enchufe.lang.vm.Interpreter in, long n) {
        if (n >= FREE && in != null) {
            in.work(n / CHARS_PER_INSTRUCTION);
        }
    }

    /** Charges {@code n} characters or bytes handled one at a time (case mapping, classifying, hex digits, a codec). */
    public static void charByChar(org.enchufe.lang.vm.Interpreter in, long n) {
        if (n >= FREE && in != null) {
            in.work(n / CONVERTED_PER_INSTRUCTION);
        }
    }

    /** Charges {@code n} items each running a generic operation (a table's insertion, a copied entry, a part made). */
    public static void operations(org.enchufe.lang.vm.Interpreter in, long n) {
        if (n >= FREE / INSTRUCTIONS_PER_OPERATION && in != null) {
            in.work(n * INSTRUCTIONS_PER_OPERATION);
        }
    }

    /** Charges {@code n} items visited or copied into a new array (compared by identity or as small ints, a slice's references). */
    public static void items(org.enchufe.lang.vm.Interpreter in, long n) {
        if (n >= FREE && in != null) {
            in.work(n / ITEMS_PER_INSTRUCTION);
        }
    }

    /** Charges {@code n} references copied by {@code System.arraycopy}. */
    public static void references(org.enchufe.lang.vm.Interpreter in, long n) {
        if (n >= FREE && in != null) {
            in.work(n / REFERENCES_PER_INSTRUCTION);
        }
    }

    public static long searched(long n) {
        return n / SEARCHED_PER_INSTRUCTION;
    }

    public static long chars(long n) {
        return n / CHARS_PER_INSTRUCTION;
    }

    public static long items(long n) {
        return n / ITEMS_PER_INSTRUCTION;
    }

    /** A multiplication (or division) of numbers of {@code bitsA} and {@code bitsB} bits, as schoolbook would do it. */
    public static long limbProducts(long bitsA, long bitsB) {
        long a = (bitsA >> 6) + 1;
        long b = (bitsB >> 6) + 1;
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE / LIMB_PRODUCTS_PER_INSTRUCTION : a * b / LIMB_PRODUCTS_PER_INSTRUCTION;
    }
}
