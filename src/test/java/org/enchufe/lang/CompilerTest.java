package org.enchufe.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CompilerTest {

    @Test
    void theDisassemblerShowsLinesOpcodesAndNames() {
        Code code = Compiler.compileModule("x = 1\nprint(x + 2)\n", "d.py");
        String listing = Disassembler.disassemble(code);
        assertThat(listing).contains("STORE_NAME", "(x)", "BINARY_OP", "CALL").contains("   1 ").contains("   2 ");
    }

    @Test
    void functionsKeepLocalsInSlotsAndCapturedNamesInCells() {
        Code module = Compiler.compileModule("def f(a):\n    b = a\n    def g():\n        return b\n    return g\n", "c.py");
        Code f = (Code) java.util.Arrays.stream(module.consts).filter(Code.class::isInstance).findFirst().orElseThrow();
        assertThat(f.varnames).containsExactly("a", "g");
        assertThat(f.cellvars).containsExactly("b");
    }

    @Test
    void misplacedStatementsAreSyntaxErrors() {
        assertThatThrownBy(() -> Compiler.compileModule("return 1\n", "r.py")).hasMessage("'return' outside function");
        assertThatThrownBy(() -> Compiler.compileModule("break\n", "b.py")).hasMessage("'break' outside loop");
        assertThatThrownBy(() -> Compiler.compileModule("def f():\n    x = 1\n    global x\n", "g.py"))
                .hasMessage("name 'x' is assigned to before global declaration");
    }

    @Test
    void theStackIsSizedForTheDeepestPath() {
        Code code = Compiler.compileModule("print([(1, 2, (3, 4, [5, 6, {7: 8}]))])\n", "s.py");
        assertThat(code.maxStack).isBetween(8, 40);
    }
}
