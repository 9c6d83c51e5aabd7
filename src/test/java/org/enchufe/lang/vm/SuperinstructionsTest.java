package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enchufe.lang.Opcode.*;

import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.Superinstructions;
import org.junit.jupiter.api.Test;

/**
 * Superinstructions change how many dispatches a program takes, never what it does: the same
 * output, the same instruction count, the same lines, whatever slices the budget cuts it into.
 */
class SuperinstructionsTest {

    private static final String LOOP = """
            def work(n):
                total = 0
                for i in range(n):
                    if i % 3 == 0:
                        total += i
                    else:
                        total -= 1
                return total
            def add(a, b):
                return a + b
            def countdown(n):
                steps = 0
                while n > 0:
                    n -= 1
                    steps += 1
                return steps
            x = 0
            for k in range(50):
                x = add(x, k)
            print(work(100), x, countdown(7))
            """;

    @Test
    void pairsOnOneLineFuseLeftToRightEachInstructionOnce() {
        int[] ops = {LOAD_FAST, 0, LOAD_FAST, 1, LOAD_FAST, 2, STORE_FAST, 3, LOAD_FAST, 4};
        int[] lines = {1, 1, 1, 2, 3};
        int[] fused = Superinstructions.fuse(ops, lines);
        assertThat(fused).containsExactly(LOAD_FAST_LOAD_FAST, 0, LOAD_FAST, 1, LOAD_FAST, 2, STORE_FAST, 3, LOAD_FAST, 4);
    }

    @Test
    void anOperationOnALocalAndALocalOrConstantFusesThreeInstructions() {
        int[] ops = {LOAD_FAST, 0, LOAD_CONST, 1, BINARY_OP, 5, LOAD_FAST, 0, LOAD_FAST, 1, BINARY_OP, 0, LOAD_FAST, 0,
            LOAD_FAST, 1, BINARY_OP, 0};
        int[] lines = {1, 1, 1, 2, 2, 2, 3, 3, 4};
        int[] fused = Superinstructions.fuse(ops, lines);
        assertThat(fused[0]).isEqualTo(BINARY_OP_FAST_CONST);
        assertThat(fused[6]).isEqualTo(BINARY_OP_FAST_FAST);
        // The operation on another line: only the pair of loads fuses.
        assertThat(fused[12]).isEqualTo(LOAD_FAST_LOAD_FAST);
        assertThat(fused[16]).isEqualTo(BINARY_OP);
    }

    @Test
    void aComparisonWithAConstantAndItsJumpFuseWithTheLoadsBeforeThem() {
        int[] ops = {LOAD_FAST, 0, LOAD_CONST, 1, COMPARE_OP, 2, POP_JUMP_IF_FALSE, 9, LOAD_FAST, 0, LOAD_CONST, 1,
            BINARY_OP, 5, LOAD_CONST, 2, COMPARE_OP, 0, POP_JUMP_IF_FALSE, 0};
        int[] lines = {1, 1, 1, 1, 2, 2, 2, 2, 2, 2};
        int[] fused = Superinstructions.fuse(ops, lines);
        assertThat(fused[0]).isEqualTo(COMPARE_FAST_CONST_JUMP);
        assertThat(fused[8]).isEqualTo(BINARY_OP_FAST_CONST);
        assertThat(fused[14]).isEqualTo(COMPARE_CONST_JUMP);
    }

    @Test
    void compiledCodeKeepsItsInstructionsAndOnlyTheQuickenedCopyIsFused() {
        Code module = Compiler.compileModule(LOOP, "loop.py");
        Code work = (Code) java.util.Arrays.stream(module.consts).filter(c -> c instanceof Code k && k.name.equals("work"))
                .findFirst().orElseThrow();
        assertThat(java.util.stream.IntStream.range(0, work.length()).map(work::opcode)).doesNotContain(
                FOR_ITER_STORE_FAST, COMPARE_CONST_JUMP, INPLACE_OP_STORE_FAST, BINARY_OP_FAST_CONST);
        assertThat(java.util.stream.IntStream.range(0, work.length()).map(pc -> work.quickened[2 * pc])).contains(
                FOR_ITER_STORE_FAST, COMPARE_CONST_JUMP, INPLACE_OP_STORE_FAST, BINARY_OP_FAST_CONST);
    }

    @Test
    void runningOneInstructionAtATimeDoesWhatRunningAtOnceDoes() {
        StringBuilder whole = new StringBuilder();
        Interpreter atOnce = new Interpreter(whole::append, text -> { }, Limits.cli());
        ThreadState t1 = atOnce.startMain(Compiler.compileModule(LOOP, "loop.py"));
        assertThat(atOnce.run(t1, Long.MAX_VALUE)).isEqualTo(Interpreter.Outcome.FINISHED);

        StringBuilder stepped = new StringBuilder();
        Interpreter oneByOne = new Interpreter(stepped::append, text -> { }, Limits.cli());
        ThreadState t2 = oneByOne.startMain(Compiler.compileModule(LOOP, "loop.py"));
        long slices = 0;
        while (oneByOne.run(t2, 1) != Interpreter.Outcome.FINISHED) {
            slices++;
        }

        assertThat(whole).hasToString("1617 1225 7\n");
        assertThat(stepped).hasToString(whole.toString());
        // A superinstruction counts the two instructions it runs: the totals agree.
        assertThat(oneByOne.instructions()).isEqualTo(atOnce.instructions());
        assertThat(slices + 1).isEqualTo(atOnce.instructions());
    }

    @Test
    void anErrorInEitherHalfPointsAtItsOwnInstruction() {
        StringBuilder err = new StringBuilder();
        Interpreter in = new Interpreter(text -> { }, err::append, Limits.cli());
        String program = """
                def f():
                    a = 1
                    return a + b
                    b = 2
                f()
                """;
        ThreadState t = in.startMain(Compiler.compileModule(program, "e.py"));
        in.run(t, Long.MAX_VALUE);
        assertThat(t.uncaught().type().name()).isEqualTo("UnboundLocalError");
        // a + b runs as one dispatch; the error is b's, at b's column.
        var where = t.uncaught().traceback().getFirst();
        assertThat(where.line()).isEqualTo(3);
        assertThat(where.col()).isEqualTo("    return a + b".indexOf('b'));
    }
}
