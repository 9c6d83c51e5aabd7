package org.enchufe.lang;

/**
 * The VM's instruction set. Each instruction is an opcode and one int argument. Modelled on
 * CPython 3.10's, where that helps a reader who knows it.
 */
public final class Opcode {

    private Opcode() {
    }

    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    public static final int ROT_TWO = 2;
    public static final int ROT_THREE = 3;
    public static final int DUP_TOP = 4;
    public static final int DUP_TOP_TWO = 5;

    public static final int LOAD_CONST = 10;
    public static final int LOAD_NAME = 11;
    public static final int STORE_NAME = 12;
    public static final int DELETE_NAME = 13;
    public static final int LOAD_GLOBAL = 14;
    public static final int STORE_GLOBAL = 15;
    public static final int DELETE_GLOBAL = 16;
    public static final int LOAD_FAST = 17;
    public static final int STORE_FAST = 18;
    public static final int DELETE_FAST = 19;
    public static final int LOAD_DEREF = 20;
    public static final int STORE_DEREF = 21;
    public static final int DELETE_DEREF = 22;
    public static final int LOAD_CLOSURE = 23;
    public static final int LOAD_CLASSDEREF = 24;

    public static final int LOAD_ATTR = 30;
    public static final int STORE_ATTR = 31;
    public static final int DELETE_ATTR = 32;
    public static final int BINARY_SUBSCR = 33;
    public static final int STORE_SUBSCR = 34;
    public static final int DELETE_SUBSCR = 35;
    public static final int BUILD_SLICE = 36;

    public static final int BINARY_OP = 40;
    public static final int INPLACE_OP = 41;
    public static final int UNARY_OP = 42;
    public static final int COMPARE_OP = 43;
    public static final int IS_OP = 44;
    public static final int CONTAINS_OP = 45;

    public static final int BUILD_TUPLE = 50;
    public static final int BUILD_LIST = 51;
    public static final int BUILD_SET = 52;
    public static final int BUILD_MAP = 53;
    public static final int BUILD_STRING = 54;
    public static final int LIST_APPEND = 55;
    public static final int SET_ADD = 56;
    public static final int MAP_ADD = 57;
    public static final int LIST_EXTEND = 58;
    public static final int SET_UPDATE = 59;
    public static final int DICT_UPDATE = 60;
    public static final int DICT_MERGE = 61;
    public static final int LIST_TO_TUPLE = 62;
    public static final int UNPACK_SEQUENCE = 63;
    public static final int UNPACK_EX = 64;
    public static final int FORMAT_VALUE = 65;

    public static final int JUMP = 70;
    public static final int POP_JUMP_IF_FALSE = 71;
    public static final int POP_JUMP_IF_TRUE = 72;
    public static final int JUMP_IF_FALSE_OR_POP = 73;
    public static final int JUMP_IF_TRUE_OR_POP = 74;
    public static final int GET_ITER = 75;
    public static final int FOR_ITER = 76;

    public static final int CALL = 80;
    public static final int CALL_KW = 81;
    public static final int CALL_EX = 82;
    public static final int MAKE_FUNCTION = 83;
    public static final int RETURN_VALUE = 84;
    public static final int YIELD_VALUE = 85;
    public static final int LOAD_BUILD_CLASS = 86;
    /** obj → method, obj (a method found on obj's class, unbound) or attribute, null. */
    public static final int LOAD_METHOD = 87;
    /** method, self-or-null, args… → result, without making a bound method. */
    public static final int CALL_METHOD = 88;

    public static final int IMPORT_NAME = 90;
    public static final int IMPORT_FROM = 91;
    public static final int IMPORT_STAR = 92;

    public static final int SETUP_FINALLY = 100;
    public static final int POP_BLOCK = 101;
    public static final int POP_EXCEPT = 102;
    public static final int RERAISE = 103;
    public static final int RAISE_VARARGS = 104;
    public static final int PUSH_EXC_INFO = 105;
    public static final int CHECK_EXC_MATCH = 106;
    public static final int BEFORE_WITH = 107;
    public static final int WITH_EXIT = 108;
    public static final int LOAD_ASSERTION_ERROR = 109;
    public static final int RAISE_UNSUPPORTED = 110;

    // Superinstructions: two instructions run by one dispatch. They never appear in compiled code,
    // only in Code.quickened, where the first instruction of a pair is rewritten to one of these
    // and the second stays in place (see Superinstructions).
    public static final int LOAD_FAST_LOAD_FAST = 120;
    public static final int LOAD_FAST_LOAD_CONST = 121;
    public static final int STORE_FAST_LOAD_FAST = 122;
    public static final int FOR_ITER_STORE_FAST = 123;
    public static final int COMPARE_OP_POP_JUMP_IF_FALSE = 124;
    public static final int BINARY_OP_STORE_FAST = 125;
    public static final int INPLACE_OP_STORE_FAST = 126;
    /** LOAD_FAST, LOAD_FAST, BINARY_OP: an operation on two locals, pushing only its result. */
    public static final int BINARY_OP_FAST_FAST = 128;
    /** LOAD_FAST, LOAD_CONST, BINARY_OP: an operation on a local and a constant. */
    public static final int BINARY_OP_FAST_CONST = 129;
    /** LOAD_FAST, LOAD_CONST, COMPARE_OP, POP_JUMP_IF_FALSE: {@code if n < 2:}, {@code while x != 0:}. */
    public static final int COMPARE_FAST_CONST_JUMP = 130;
    /** LOAD_CONST, COMPARE_OP, POP_JUMP_IF_FALSE: a comparison with a constant of what is on the stack. */
    public static final int COMPARE_CONST_JUMP = 131;

    /** MAKE_FUNCTION flags. */
    public static final int FN_DEFAULTS = 1;
    public static final int FN_KWDEFAULTS = 2;
    public static final int FN_CLOSURE = 8;

    private static final String[] NAMES = new String[160];

    static {
        for (var field : Opcode.class.getFields()) {
            try {
                int value = field.getInt(null);
                if (!field.getName().startsWith("FN_") && NAMES[value] == null) {
                    NAMES[value] = field.getName();
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static String name(int opcode) {
        return opcode >= 0 && opcode < NAMES.length && NAMES[opcode] != null ? NAMES[opcode] : "OP_" + opcode;
    }

    /** Instructions whose argument is a jump target. */
    public static boolean isJump(int opcode) {
        return switch (opcode) {
            case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER,
                 SETUP_FINALLY -> true;
            default -> false;
        };
    }
}
