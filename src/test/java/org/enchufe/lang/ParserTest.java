package org.enchufe.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.enchufe.lang.ast.Expr;
import org.enchufe.lang.ast.Operator;
import org.enchufe.lang.ast.Stmt;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static Expr expression(String source) {
        List<Stmt> body = Parser.parse(source + "\n");
        return ((Stmt.ExprStmt) body.getFirst()).value();
    }

    @Test
    void precedenceFollowsPythonsGrammar() {
        Expr e = expression("1 + 2 * 3 ** 2");
        Expr.BinOp sum = (Expr.BinOp) e;
        assertThat(sum.op()).isEqualTo(Operator.ADD);
        Expr.BinOp product = (Expr.BinOp) sum.right();
        assertThat(product.op()).isEqualTo(Operator.MULT);
        assertThat(((Expr.BinOp) product.right()).op()).isEqualTo(Operator.POW);
    }

    @Test
    void chainedComparisonsKeepEveryOperator() {
        Expr.Compare c = (Expr.Compare) expression("a < b <= c is not d not in e");
        assertThat(c.ops()).containsExactly(Expr.CmpKind.LT, Expr.CmpKind.LTE, Expr.CmpKind.ISNOT, Expr.CmpKind.NOTIN);
    }

    @Test
    void nodesKnowTheirColumns() {
        Expr.Call call = (Expr.Call) expression("print(x.y[0])");
        assertThat(call.pos().col()).isZero();
        assertThat(call.pos().endCol()).isEqualTo(13);
        Expr.Subscript sub = (Expr.Subscript) call.args().getFirst();
        assertThat(sub.pos().col()).isEqualTo(6);
        assertThat(sub.pos().endCol()).isEqualTo(12);
    }

    @Test
    void fStringsBecomeJoinedParts() {
        Expr.JoinedStr j = (Expr.JoinedStr) expression("f'a{b!r:>{w}}c'");
        assertThat(j.values()).hasSize(3);
        Expr.FormattedValue field = (Expr.FormattedValue) j.values().get(1);
        assertThat(field.conversion()).isEqualTo('r');
        assertThat(field.formatSpec()).isInstanceOf(Expr.JoinedStr.class);
    }

    @Test
    void statementsOfEveryKindParse() {
        List<Stmt> body = Parser.parse("""
                import socket as s, os
                from struct import pack, unpack as u
                @dec
                class A(B, metaclass=M):
                    def m(self, a, /, b=1, *args, c, d=2, **kw) -> int:
                        global g
                        with open(x) as f, g:
                            pass
                        try:
                            raise E from None
                        except (E1, E2) as e:
                            del a[0], b.c
                        else:
                            assert a, "m"
                        finally:
                            return [i for i in a if i], {k: v for k, v in d}, (x for x in y), lambda q=1: q
                while x := f():
                    break
                else:
                    continue
                """);
        assertThat(body).hasSize(4);
        assertThat(body.get(2)).isInstanceOf(Stmt.ClassDef.class);
    }

    @Test
    void commonMistakesGetCPythonsMessages() {
        assertThatThrownBy(() -> Parser.parse("if x\n    pass\n")).hasMessage("expected ':'");
        assertThatThrownBy(() -> Parser.parse("print 'hola'\n")).hasMessage("Missing parentheses in call to 'print'. Did you mean print(...)?");
        assertThatThrownBy(() -> Parser.parse("f(a b)\n")).hasMessage("invalid syntax. Perhaps you forgot a comma?");
        assertThatThrownBy(() -> Parser.parse("f() = 1\n")).hasMessage("cannot assign to function call here. Maybe you meant '==' instead of '='?");
        assertThatThrownBy(() -> Parser.parse("def f():\nreturn 1\n"))
                .hasMessage("expected an indented block after function definition on line 1");
        assertThatThrownBy(() -> Parser.parse("async def f(): pass\n")).hasMessageContaining("not supported");
    }
}
