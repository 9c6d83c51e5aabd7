package org.enchufe.lang.ast;

import java.util.List;

/** Python expressions. Every node knows its position, for tracebacks and SyntaxErrors. */
public sealed interface Expr {

    Pos pos();

    record Name(String id, Pos pos) implements Expr { }

    /** A literal: BigInteger, Double, String, Bytes, Boolean, NoneValue, Ellipsis or Imaginary. */
    record Constant(Object value, Pos pos) implements Expr { }

    /** Literal bytes, wrapped so that records compare them by content. */
    record Bytes(byte[] value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes b && java.util.Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(value);
        }
    }

    enum Special { NONE, ELLIPSIS }

    record JoinedStr(List<Expr> values, Pos pos) implements Expr { }

    /** One {@code {value!conversion:spec}} of an f-string; conversion is 's', 'r', 'a' or -1. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr { }

    record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr { }

    enum UnaryKind { INVERT, NOT, UADD, USUB }

    record UnaryOp(UnaryKind op, Expr operand, Pos pos) implements Expr { }

    record BoolOp(boolean isAnd, List<Expr> values, Pos pos) implements Expr { }

    enum CmpKind {
        EQ("=="), NOTEQ("!="), LT("<"), LTE("<="), GT(">"), GTE(">="), IS("is"), ISNOT("is not"), IN("in"), NOTIN("not in");

        public final String symbol;

        CmpKind(String symbol) {
            this.symbol = symbol;
        }
    }

    record Compare(Expr left, List<CmpKind> ops, List<Expr> comparators, Pos pos) implements Expr { }

    /** A keyword argument; {@code name} is null for {@code **mapping}. */
    record Keyword(String name, Expr value, Pos pos) { }

    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr { }

    record Attribute(Expr value, String attr, Pos pos) implements Expr { }

    record Subscript(Expr value, Expr slice, Pos pos) implements Expr { }

    record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr { }

    record Starred(Expr value, Pos pos) implements Expr { }

    record Tuple(List<Expr> elts, Pos pos) implements Expr { }

    record ListExpr(List<Expr> elts, Pos pos) implements Expr { }

    record SetExpr(List<Expr> elts, Pos pos) implements Expr { }

    /** A dict display; a null key stands for {@code **mapping}. */
    record DictExpr(List<Expr> keys, List<Expr> values, Pos pos) implements Expr { }

    record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr { }

    record Lambda(Arguments args, Expr body, Pos pos) implements Expr { }

    record NamedExpr(Name target, Expr value, Pos pos) implements Expr { }

    record Comprehension(Expr target, Expr iter, List<Expr> ifs) { }

    enum CompKind { LIST, SET, DICT, GENERATOR }

    /** List, set, dict comprehensions and generator expressions; {@code value} only for dicts. */
    record Comp(CompKind kind, Expr elt, Expr value, List<Comprehension> generators, Pos pos) implements Expr { }

    record Yield(Expr value, Pos pos) implements Expr { }

    record YieldFrom(Expr value, Pos pos) implements Expr { }

    record Await(Expr value, Pos pos) implements Expr { }
}
