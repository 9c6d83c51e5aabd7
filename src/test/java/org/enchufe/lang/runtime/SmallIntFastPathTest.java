package org.enchufe.lang.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.enchufe.lang.ast.Expr;
import org.enchufe.lang.ast.Operator;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.Test;

/**
 * The run loop's int fast paths agree with the general arithmetic wherever they answer, and
 * leave to it what they cannot do (overflow, division by zero or a negative divisor, bools).
 * They take operator and comparison ordinals, so this also pins those to the enums' order.
 */
class SmallIntFastPathTest {

    private static final List<Long> VALUES = List.of(0L, 1L, -1L, 2L, -7L, 3L, 1023L, 1024L, 5000L, -5000L,
            Integer.MAX_VALUE + 1L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 2 + 1, -(1L << 62));

    private final Interpreter in = new Interpreter(text -> { }, text -> { }, Limits.cli());

    @Test
    void everyBinaryOperatorMatchesTheGeneralPath() {
        int answered = 0;
        for (Operator op : Operator.values()) {
            for (long l : VALUES) {
                for (long r : VALUES) {
                    PyObject fast = Numbers.smallIntBinary(op.ordinal(), PyInt.of(l), PyInt.of(r));
                    if (fast == null) {
                        continue;
                    }
                    answered++;
                    PyObject general = Numbers.binary(op, PyInt.of(l), PyInt.of(r));
                    assertThat(Ops.repr(in, fast)).as("%d %s %d", l, op.symbol, r).isEqualTo(Ops.repr(in, general));
                }
            }
        }
        assertThat(answered).isGreaterThan(1000);
    }

    @Test
    void overflowDivisionByZeroAndBoolsAreLeftToTheGeneralPath() {
        assertThat(Numbers.smallIntBinary(Operator.ADD.ordinal(), PyInt.of(Long.MAX_VALUE), PyInt.of(1))).isNull();
        assertThat(Numbers.smallIntBinary(Operator.MULT.ordinal(), PyInt.of(1L << 40), PyInt.of(1L << 40))).isNull();
        assertThat(Numbers.smallIntBinary(Operator.MOD.ordinal(), PyInt.of(5), PyInt.of(0))).isNull();
        assertThat(Numbers.smallIntBinary(Operator.FLOORDIV.ordinal(), PyInt.of(5), PyInt.of(-2))).isNull();
        assertThat(Numbers.smallIntBinary(Operator.BITAND.ordinal(), PyBool.TRUE, PyBool.TRUE)).isNull();
        assertThat(Numbers.smallIntBinary(Operator.ADD.ordinal(), PyInt.of(1), PyFloat.of(1.5))).isNull();
    }

    @Test
    void everyComparisonMatchesTheGeneralPath() {
        Ops.Compare[] byKind = {Ops.Compare.EQ, Ops.Compare.NE, Ops.Compare.LT, Ops.Compare.LE, Ops.Compare.GT,
            Ops.Compare.GE};
        for (int kind = 0; kind < byKind.length; kind++) {
            assertThat(Expr.CmpKind.values()[kind].symbol).isEqualTo(byKind[kind].symbol);
            for (long l : VALUES) {
                for (long r : VALUES) {
                    PyObject fast = Numbers.smallIntCompare(kind, PyInt.of(l), PyInt.of(r));
                    assertThat(fast).as("%d %s %d", l, byKind[kind].symbol, r)
                            .isSameAs(Ops.compare(in, byKind[kind], PyInt.of(l), PyInt.of(r)));
                }
            }
        }
        assertThat(Numbers.smallIntCompare(0, PyBool.TRUE, PyInt.of(1))).isNull();
    }
}
