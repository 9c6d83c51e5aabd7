package org.enchufe.lang;

import static org.enchufe.lang.Opcode.*;

/**
 * Pairs of instructions the run loop executes with one dispatch. Dispatch — reading the next
 * opcode and jumping through the switch — is most of what a simple instruction costs, so the
 * commonest pairs in loops and calls ({@code LOAD_FAST LOAD_FAST}, {@code FOR_ITER STORE_FAST},
 * {@code COMPARE_OP POP_JUMP_IF_FALSE}, …) run as one.
 *
 * <p>The pair is fused in place: the first instruction's opcode is replaced and the second is
 * left where it is, with its argument, so a jump to the second still runs it alone, every pc
 * keeps its line and span, and the instruction count is unchanged (a superinstruction counts
 * two, and runs only its first half when the budget has room for one). Only pairs on one line
 * are fused, so step mode and tracebacks see every line the unfused code would.
 *
 * <p>A binary operation on two locals or on a local and a constant ({@code x + y}, {@code i % 3},
 * {@code n - 1}) fuses three instructions and pushes only its result; a comparison with a
 * constant and the jump on it ({@code if n < 2:}, {@code while x != 0:}) fuses three, or four
 * with the load of a local before them. (Fusing a loop's JUMP back
 * with its FOR_ITER was tried too: it made loops slower, the FOR_ITER case growing a branch.)
 */
public final class Superinstructions {

    private Superinstructions() {
    }

    /** A copy of {@code ops} with fusable pairs rewritten, left to right, each instruction in at most one pair. */
    public static int[] fuse(int[] ops, int[] lines) {
        int[] out = ops.clone();
        int n = ops.length / 2;
        for (int pc = 0; pc < n; pc++) {
            int op = ops[2 * pc];
            if (pc + 3 < n && op == LOAD_FAST && ops[2 * pc + 2] == LOAD_CONST && ops[2 * pc + 4] == COMPARE_OP
                    && ops[2 * pc + 6] == POP_JUMP_IF_FALSE && oneLine(lines, pc, 4)) {
                out[2 * pc] = COMPARE_FAST_CONST_JUMP;
                pc += 3;
                continue;
            }
            if (pc + 2 < n && op == LOAD_CONST && ops[2 * pc + 2] == COMPARE_OP && ops[2 * pc + 4] == POP_JUMP_IF_FALSE
                    && oneLine(lines, pc, 3)) {
                out[2 * pc] = COMPARE_CONST_JUMP;
                pc += 2;
                continue;
            }
            if (pc + 2 < n && op == LOAD_FAST && ops[2 * pc + 4] == BINARY_OP && oneLine(lines, pc, 3)
                    && (ops[2 * pc + 2] == LOAD_FAST || ops[2 * pc + 2] == LOAD_CONST)) {
                out[2 * pc] = ops[2 * pc + 2] == LOAD_FAST ? BINARY_OP_FAST_FAST : BINARY_OP_FAST_CONST;
                pc += 2;
                continue;
            }
            if (pc + 1 >= n || !oneLine(lines, pc, 2)) {
                continue;
            }
            int fused = fused(op, ops[2 * pc + 2]);
            if (fused >= 0) {
                out[2 * pc] = fused;
                pc++;
            }
        }
        return out;
    }

    /** Whether the {@code count} instructions from {@code pc} all have a line, the same one. */
    private static boolean oneLine(int[] lines, int pc, int count) {
        if (pc + count > lines.length) {
            return false;
        }
        for (int i = pc + 1; i < pc + count; i++) {
            if (lines[i] != lines[pc]) {
                return false;
            }
        }
        return true;
    }

    private static int fused(int first, int second) {
        return switch (first) {
            case LOAD_FAST -> switch (second) {
                case LOAD_FAST -> LOAD_FAST_LOAD_FAST;
                case LOAD_CONST -> LOAD_FAST_LOAD_CONST;
                default -> -1;
            };
            case STORE_FAST -> second == LOAD_FAST ? STORE_FAST_LOAD_FAST : -1;
            case FOR_ITER -> second == STORE_FAST ? FOR_ITER_STORE_FAST : -1;
            case COMPARE_OP -> second == POP_JUMP_IF_FALSE ? COMPARE_OP_POP_JUMP_IF_FALSE : -1;
            case BINARY_OP -> second == STORE_FAST ? BINARY_OP_STORE_FAST : -1;
            case INPLACE_OP -> second == STORE_FAST ? INPLACE_OP_STORE_FAST : -1;
            default -> -1;
        };
    }
}
