package org.enchufe.lang.vm;

import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import static org.enchufe.lang.Opcode.*;

/**
 * Writes a function's instructions as one JVM method, {@code run} of a {@link Compiled}. Each
 * instruction becomes a call of its {@link JitSupport} method with constant arguments — the stack
 * depth before it is known here, so no stack pointer, pc or dispatch is left at run time — and
 * each straight-line block takes its instructions from the budget at once. Every instruction that
 * can throw has its own exception handler, which hands the frame to the run loop at that
 * instruction ({@link JitSupport#raised}).
 */
final class JitEmitter {

    /** The most instructions a compiled function may have (the JVM does not compile methods over 8000 bytes either). */
    private static final int MAX_INSTRUCTIONS = 250;
    /** Bytes of JVM code past which HotSpot would leave a method interpreted (-XX:-DontCompileHugeMethods aside). */
    private static final int HUGE_METHOD = 7_999;
    private static final String SUPPORT = "org/enchufe/lang/vm/JitSupport";
    private static final String PY_OBJECT = "Lorg/enchufe/lang/runtime/PyObject;";
    private static final String INSTRUCTION = "(Lorg/enchufe/lang/vm/Interpreter;Lorg/enchufe/lang/vm/Frame;["
            + PY_OBJECT + "III)V";

    // The compiled method's JVM locals.
    private static final int IN = 1;
    private static final int TS = 2;
    private static final int F = 3;
    private static final int STACK = 4;
    private static final int BASE = 5;
    private static final int CONSTS = 6;
    /** base + number of locals: where the value stack starts. */
    private static final int STACK_BASE = 7;

    private JitEmitter() {
    }

    /** The class file of {@code code}'s compiled form, or null when its method would be too big for the JVM to compile. */
    static byte[] emit(Code code) {
        return new Writer(code).emit();
    }

    private enum Kind { EMIT, RARE, DEOPT, REJECT }

    private static Kind kind(int op) {
        return switch (op) {
            case NOP, POP_TOP, ROT_TWO, DUP_TOP, LOAD_CONST, LOAD_FAST, STORE_FAST, LOAD_GLOBAL, STORE_GLOBAL, LOAD_DEREF,
                 STORE_DEREF, LOAD_ATTR, STORE_ATTR, BINARY_SUBSCR, STORE_SUBSCR, BINARY_OP, INPLACE_OP, UNARY_OP,
                 COMPARE_OP, IS_OP, CONTAINS_OP, BUILD_TUPLE, BUILD_LIST, LIST_APPEND, UNPACK_SEQUENCE, JUMP,
                 POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, GET_ITER, FOR_ITER,
                 LOAD_METHOD, CALL, CALL_METHOD, CALL_KW, CALL_EX, RETURN_VALUE, SETUP_FINALLY, POP_BLOCK, LOAD_NAME,
                 STORE_NAME, YIELD_VALUE -> Kind.EMIT;
            case ROT_THREE, DUP_TOP_TWO, DELETE_FAST, DELETE_GLOBAL, DELETE_DEREF, LOAD_CLOSURE, DELETE_ATTR,
                 DELETE_SUBSCR, BUILD_SLICE, BUILD_SET, BUILD_MAP, BUILD_STRING, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE,
                 DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE, UNPACK_EX, FORMAT_VALUE, MAKE_FUNCTION, LOAD_BUILD_CLASS,
                 IMPORT_NAME, IMPORT_FROM, LOAD_ASSERTION_ERROR, RAISE_UNSUPPORTED, PUSH_EXC_INFO, POP_EXCEPT,
                 CHECK_EXC_MATCH, BEFORE_WITH, WITH_EXIT, DELETE_NAME, LOAD_CLASSDEREF, IMPORT_STAR -> Kind.RARE;
            // Left to the run loop each time they run: raising unwinds the frame's blocks and sets
            // contexts and causes.
            case RAISE_VARARGS, RERAISE -> Kind.DEOPT;
            default -> Kind.REJECT;
        };
    }

    /** Whether the tier can compile {@code code}: every instruction known to it, and not too long. */
    static boolean compilable(Code code) {
        int n = code.ops.length / 2;
        if (n > MAX_INSTRUCTIONS) {
            return false;
        }
        for (int pc = 0; pc < n; pc++) {
            if (kind(code.ops[2 * pc]) == Kind.REJECT) {
                return false;
            }
        }
        // Each instruction's stack slots are fixed at compile time: every path must agree on them.
        return Compiler.StackDepth.agree(code.ops, Compiler.StackDepth.depths(code.ops));
    }

    private static boolean endsBlock(int op) {
        return switch (op) {
            case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, CALL,
                 CALL_METHOD, CALL_KW, CALL_EX, RETURN_VALUE, YIELD_VALUE -> true;
            default -> kind(op) == Kind.DEOPT;
        };
    }

    /**
     * Where the run loop may enter compiled code: the start, each loop's head (the target of a
     * backward jump) and, in a generator, each place it resumes (after a YIELD_VALUE).
     */
    static boolean[] entries(int[] ops) {
        int n = ops.length / 2;
        boolean[] entries = new boolean[n + 1];
        entries[0] = true;
        for (int pc = 0; pc < n; pc++) {
            if (ops[2 * pc] == JUMP && ops[2 * pc + 1] <= pc) {
                entries[ops[2 * pc + 1]] = true;
            }
            if (ops[2 * pc] == YIELD_VALUE) {
                entries[pc + 1] = true;
            }
        }
        return entries;
    }

    /** Writes one code's class. */
    private static final class Writer {
        private final Code code;
        private final int[] ops;
        private final int n;
        private final int[] depth;
        private final boolean[] leader;
        /** Per instruction: one past the last instruction of its block. */
        private final int[] blockEnd;
        private final Label[] at;
        private MethodVisitor mv;

        Writer(Code code) {
            this.code = code;
            this.ops = code.ops;
            this.n = ops.length / 2;
            this.depth = Compiler.StackDepth.depths(ops);
            this.leader = new boolean[n + 1];
            this.blockEnd = new int[n];
            this.at = new Label[n + 1];
            leader[0] = true;
            for (int pc = 0; pc < n; pc++) {
                int op = ops[2 * pc];
                if (org.enchufe.lang.Opcode.isJump(op)) {
                    leader[ops[2 * pc + 1]] = true;
                }
                if (endsBlock(op)) {
                    leader[pc + 1] = true;
                }
                if (kind(op) == Kind.DEOPT) {
                    leader[pc] = true;
                }
            }
            int end = n;
            for (int pc = n - 1; pc >= 0; pc--) {
                blockEnd[pc] = end;
                if (leader[pc]) {
                    end = pc;
                }
            }
            for (int pc = 0; pc <= n; pc++) {
                at[pc] = new Label();
            }
        }

        byte[] emit() {
            ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
                @Override
                protected String getCommonSuperClass(String a, String b) {
                    return "java/lang/Object";
                }
            };
            cw.visit(Opcodes.V21, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, "org/enchufe/lang/vm/Compiled$Function", null,
                    "org/enchufe/lang/vm/Compiled", null);
            MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
            init.visitCode();
            init.visitVarInsn(Opcodes.ALOAD, 0);
            init.visitMethodInsn(Opcodes.INVOKESPECIAL, "org/enchufe/lang/vm/Compiled", "<init>", "()V", false);
            init.visitInsn(Opcodes.RETURN);
            init.visitMaxs(0, 0);
            init.visitEnd();
            mv = cw.visitMethod(0, "run", "(Lorg/enchufe/lang/vm/Interpreter;Lorg/enchufe/lang/vm/ThreadState;"
                    + "Lorg/enchufe/lang/vm/Frame;)" + PY_OBJECT, null, null);
            mv.visitCode();
            Label[] handlers = new Label[n];
            Label[] ends = new Label[n];
            for (int pc = 0; pc < n; pc++) {
                if (depth[pc] >= 0 && mayThrow(ops[2 * pc])) {
                    handlers[pc] = new Label();
                    ends[pc] = new Label();
                    mv.visitTryCatchBlock(at[pc], ends[pc], handlers[pc], "java/lang/Throwable");
                }
            }
            prologue();
            for (int pc = 0; pc < n; pc++) {
                if (depth[pc] < 0) {
                    continue;
                }
                // Jumps land before the charge, so a block is charged however it is reached.
                mv.visitLabel(at[pc]);
                if (leader[pc] && kind(ops[2 * pc]) != Kind.DEOPT) {
                    charge(pc);
                }
                instruction(pc, ops[2 * pc], ops[2 * pc + 1], depth[pc]);
                if (ends[pc] != null) {
                    mv.visitLabel(ends[pc]);
                }
            }
            for (int pc = 0; pc < n; pc++) {
                if (handlers[pc] != null) {
                    mv.visitLabel(handlers[pc]);
                    mv.visitVarInsn(Opcodes.ALOAD, TS);
                    mv.visitVarInsn(Opcodes.ALOAD, F);
                    push(pc);
                    push(blockEnd[pc] - pc - 1);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, "raised", "(Ljava/lang/Throwable;"
                            + "Lorg/enchufe/lang/vm/ThreadState;Lorg/enchufe/lang/vm/Frame;II)" + PY_OBJECT, false);
                    mv.visitInsn(Opcodes.ARETURN);
                }
            }
            Label end = new Label();
            mv.visitLabel(end);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            cw.visitEnd();
            return end.getOffset() > HUGE_METHOD ? null : cw.toByteArray();
        }

        private static boolean mayThrow(int op) {
            return switch (op) {
                case NOP, POP_TOP, LOAD_CONST, STORE_FAST, JUMP, RETURN_VALUE, ROT_TWO, DUP_TOP, SETUP_FINALLY, POP_BLOCK,
                     YIELD_VALUE -> false;
                default -> kind(op) != Kind.DEOPT;
            };
        }

        private void prologue() {
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitFieldInsn(Opcodes.GETFIELD, "org/enchufe/lang/vm/Frame", "stack", "[" + PY_OBJECT);
            mv.visitVarInsn(Opcodes.ASTORE, STACK);
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitFieldInsn(Opcodes.GETFIELD, "org/enchufe/lang/vm/Frame", "base", "I");
            mv.visitVarInsn(Opcodes.ISTORE, BASE);
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitFieldInsn(Opcodes.GETFIELD, "org/enchufe/lang/vm/Frame", "consts", "[" + PY_OBJECT);
            mv.visitVarInsn(Opcodes.ASTORE, CONSTS);
            mv.visitVarInsn(Opcodes.ILOAD, BASE);
            push(code.varnames.length);
            mv.visitInsn(Opcodes.IADD);
            mv.visitVarInsn(Opcodes.ISTORE, STACK_BASE);
            // Enter at f.pc: the start, a loop's head, where a generator resumes.
            boolean[] entries = entries(ops);
            int count = 0;
            for (int pc = 0; pc < n; pc++) {
                count += entries[pc] && depth[pc] >= 0 ? 1 : 0;
            }
            int[] keys = new int[count];
            Label[] targets = new Label[count];
            int k = 0;
            for (int pc = 0; pc < n; pc++) {
                if (entries[pc] && depth[pc] >= 0) {
                    keys[k] = pc;
                    targets[k++] = at[pc];
                }
            }
            Label bad = new Label();
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitFieldInsn(Opcodes.GETFIELD, "org/enchufe/lang/vm/Frame", "pc", "I");
            mv.visitLookupSwitchInsn(bad, keys, targets);
            mv.visitLabel(bad);
            mv.visitVarInsn(Opcodes.ALOAD, TS);
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitInsn(Opcodes.DUP);
            mv.visitFieldInsn(Opcodes.GETFIELD, "org/enchufe/lang/vm/Frame", "pc", "I");
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitFieldInsn(Opcodes.GETFIELD, "org/enchufe/lang/vm/Frame", "sp", "I");
            push(0);
            deoptCall();
        }

        /** At a block's start: takes its instructions from the budget, or hands the frame to the run loop here. */
        private void charge(int pc) {
            Label ok = new Label();
            mv.visitVarInsn(Opcodes.ALOAD, TS);
            push(blockEnd[pc] - pc);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, "charge", "(Lorg/enchufe/lang/vm/ThreadState;I)Z", false);
            mv.visitJumpInsn(Opcodes.IFNE, ok);
            deopt(pc, depth[pc], 0);
            mv.visitLabel(ok);
        }

        private void instruction(int pc, int op, int arg, int d) {
            switch (op) {
                case NOP, POP_TOP -> { }
                case LOAD_CONST -> {
                    mv.visitVarInsn(Opcodes.ALOAD, STACK);
                    sp(d);
                    mv.visitVarInsn(Opcodes.ALOAD, CONSTS);
                    push(arg);
                    mv.visitInsn(Opcodes.AALOAD);
                    mv.visitInsn(Opcodes.AASTORE);
                }
                case STORE_FAST -> {
                    mv.visitVarInsn(Opcodes.ALOAD, STACK);
                    mv.visitVarInsn(Opcodes.ILOAD, BASE);
                    push(arg);
                    mv.visitInsn(Opcodes.IADD);
                    mv.visitVarInsn(Opcodes.ALOAD, STACK);
                    sp(d - 1);
                    mv.visitInsn(Opcodes.AALOAD);
                    mv.visitInsn(Opcodes.AASTORE);
                }
                case LOAD_FAST -> support("loadFast", arg, d);
                case LOAD_GLOBAL -> support("loadGlobal", arg, d);
                case LOAD_NAME -> support("loadName", arg, d);
                case STORE_NAME -> support("storeName", arg, d);
                case SETUP_FINALLY -> support("setupFinally", arg, d);
                case POP_BLOCK -> support("popBlock", arg, d);
                case STORE_GLOBAL -> support("storeGlobal", arg, d);
                case LOAD_DEREF -> support("loadDeref", arg, d);
                case STORE_DEREF -> support("storeDeref", arg, d);
                case LOAD_ATTR -> support("loadAttr", arg, d);
                case STORE_ATTR -> support("storeAttr", arg, d);
                case LOAD_METHOD -> support("loadMethod", arg, d);
                case ROT_TWO -> support("rotTwo", arg, d);
                case DUP_TOP -> support("dupTop", arg, d);
                case BINARY_OP -> support("binaryOp", arg, d);
                case INPLACE_OP -> support("inplaceOp", arg, d);
                case UNARY_OP -> support("unaryOp", arg, d);
                case COMPARE_OP -> support("compareOp", arg, d);
                case IS_OP -> support("isOp", arg, d);
                case CONTAINS_OP -> support("containsOp", arg, d);
                case BINARY_SUBSCR -> support("binarySubscr", arg, d);
                case STORE_SUBSCR -> support("storeSubscr", arg, d);
                case BUILD_TUPLE -> support("buildTuple", arg, d);
                case BUILD_LIST -> support("buildList", arg, d);
                case LIST_APPEND -> support("listAppend", arg, d);
                case UNPACK_SEQUENCE -> support("unpackSequence", arg, d);
                case GET_ITER -> support("getIter", arg, d);
                case JUMP -> {
                    if (arg <= pc) {
                        // A loop's back edge: the slice's debt is paid here, as the run loop pays it.
                        mv.visitVarInsn(Opcodes.ALOAD, IN);
                        mv.visitVarInsn(Opcodes.ALOAD, TS);
                        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, "payDebt",
                                "(Lorg/enchufe/lang/vm/Interpreter;Lorg/enchufe/lang/vm/ThreadState;)V", false);
                    }
                    mv.visitJumpInsn(Opcodes.GOTO, at[arg]);
                }
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                    mv.visitVarInsn(Opcodes.ALOAD, IN);
                    mv.visitVarInsn(Opcodes.ALOAD, STACK);
                    sp(d - 1);
                    mv.visitInsn(Opcodes.AALOAD);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, "truthy",
                            "(Lorg/enchufe/lang/vm/Interpreter;" + PY_OBJECT + ")Z", false);
                    boolean onTrue = op == POP_JUMP_IF_TRUE || op == JUMP_IF_TRUE_OR_POP;
                    mv.visitJumpInsn(onTrue ? Opcodes.IFNE : Opcodes.IFEQ, at[arg]);
                }
                case FOR_ITER -> {
                    mv.visitVarInsn(Opcodes.ALOAD, IN);
                    mv.visitVarInsn(Opcodes.ALOAD, TS);
                    mv.visitVarInsn(Opcodes.ALOAD, F);
                    mv.visitVarInsn(Opcodes.ALOAD, STACK);
                    sp(d);
                    push(pc);
                    push(arg);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, "forIter", "(Lorg/enchufe/lang/vm/Interpreter;"
                            + "Lorg/enchufe/lang/vm/ThreadState;Lorg/enchufe/lang/vm/Frame;[" + PY_OBJECT + "III)I", false);
                    Label toLoop = new Label();
                    Label handedBack = new Label();
                    mv.visitTableSwitchInsn(0, 3, handedBack, at[pc + 1], at[arg], toLoop, handedBack);
                    mv.visitLabel(toLoop);
                    deopt(pc, d, 1);
                    mv.visitLabel(handedBack);
                    mv.visitInsn(Opcodes.ACONST_NULL);
                    mv.visitInsn(Opcodes.ARETURN);
                }
                case YIELD_VALUE -> {
                    mv.visitVarInsn(Opcodes.ALOAD, TS);
                    mv.visitVarInsn(Opcodes.ALOAD, F);
                    push(pc);
                    sp(d);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, "yieldValue", "(Lorg/enchufe/lang/vm/ThreadState;"
                            + "Lorg/enchufe/lang/vm/Frame;II)" + PY_OBJECT, false);
                    mv.visitInsn(Opcodes.ARETURN);
                }
                case CALL, CALL_METHOD, CALL_KW, CALL_EX -> {
                    // JitSupport.call or callGeneral(in, ts, f, stack, sp, op, arg, pc): on false, hand back.
                    mv.visitVarInsn(Opcodes.ALOAD, IN);
                    mv.visitVarInsn(Opcodes.ALOAD, TS);
                    mv.visitVarInsn(Opcodes.ALOAD, F);
                    mv.visitVarInsn(Opcodes.ALOAD, STACK);
                    sp(d);
                    push(op);
                    push(arg);
                    push(pc);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, op == CALL || op == CALL_METHOD ? "call" : "callGeneral",
                            "(Lorg/enchufe/lang/vm/Interpreter;Lorg/enchufe/lang/vm/ThreadState;Lorg/enchufe/lang/vm/Frame;["
                                    + PY_OBJECT + "IIII)Z", false);
                    mv.visitJumpInsn(Opcodes.IFNE, at[pc + 1]);
                    mv.visitInsn(Opcodes.ACONST_NULL);
                    mv.visitInsn(Opcodes.ARETURN);
                }
                case RETURN_VALUE -> {
                    mv.visitVarInsn(Opcodes.ALOAD, STACK);
                    sp(d - 1);
                    mv.visitInsn(Opcodes.AALOAD);
                    mv.visitInsn(Opcodes.ARETURN);
                }
                default -> {
                    if (kind(op) == Kind.DEOPT) {
                        deopt(pc, d, 0);
                    } else {
                        mv.visitVarInsn(Opcodes.ALOAD, IN);
                        mv.visitVarInsn(Opcodes.ALOAD, TS);
                        mv.visitVarInsn(Opcodes.ALOAD, F);
                        push(op);
                        push(arg);
                        sp(d);
                        push(pc);
                        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, "rare", "(Lorg/enchufe/lang/vm/Interpreter;"
                                + "Lorg/enchufe/lang/vm/ThreadState;Lorg/enchufe/lang/vm/Frame;IIII)V", false);
                    }
                }
            }
        }

        /** A JitSupport method of the common shape (in, f, stack, base, sp, arg). */
        private void support(String name, int arg, int d) {
            mv.visitVarInsn(Opcodes.ALOAD, IN);
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitVarInsn(Opcodes.ALOAD, STACK);
            mv.visitVarInsn(Opcodes.ILOAD, BASE);
            sp(d);
            push(arg);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, name, INSTRUCTION, false);
        }

        /** return JitSupport.deopt(ts, f, pc, sp, refund). */
        private void deopt(int pc, int d, int refund) {
            mv.visitVarInsn(Opcodes.ALOAD, TS);
            mv.visitVarInsn(Opcodes.ALOAD, F);
            push(pc);
            sp(d);
            push(refund);
            deoptCall();
        }

        private void deoptCall() {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, "deopt", "(Lorg/enchufe/lang/vm/ThreadState;"
                    + "Lorg/enchufe/lang/vm/Frame;III)" + PY_OBJECT, false);
            mv.visitInsn(Opcodes.ARETURN);
        }

        /** The absolute index of the stack slot at depth {@code d}. */
        private void sp(int d) {
            mv.visitVarInsn(Opcodes.ILOAD, STACK_BASE);
            if (d != 0) {
                push(d);
                mv.visitInsn(Opcodes.IADD);
            }
        }

        private void push(int value) {
            if (value >= -1 && value <= 5) {
                mv.visitInsn(Opcodes.ICONST_0 + value);
            } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
                mv.visitIntInsn(Opcodes.BIPUSH, value);
            } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
                mv.visitIntInsn(Opcodes.SIPUSH, value);
            } else {
                mv.visitLdcInsn(value);
            }
        }
    }
}
