package org.enchufe.lang.ast;

import java.util.List;

/** Python statements. */
public sealed interface Stmt {

    Pos pos();

    record ExprStmt(Expr value, Pos pos) implements Stmt { }

    record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt { }

    record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt { }

    record AnnAssign(Expr target, Expr annotation, Expr value, Pos pos) implements Stmt { }

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt { }

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt { }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt { }

    record Break(Pos pos) implements Stmt { }

    record Continue(Pos pos) implements Stmt { }

    record Pass(Pos pos) implements Stmt { }

    record Return(Expr value, Pos pos) implements Stmt { }

    record Global(List<String> names, Pos pos) implements Stmt { }

    record Nonlocal(List<String> names, Pos pos) implements Stmt { }

    record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) { }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Pos pos)
            implements Stmt { }

    record Raise(Expr exc, Expr cause, Pos pos) implements Stmt { }

    record WithItem(Expr context, Expr target) { }

    record With(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt { }

    record Alias(String name, String asname, Pos pos) { }

    record Import(List<Alias> names, Pos pos) implements Stmt { }

    record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt { }

    record Assert(Expr test, Expr msg, Pos pos) implements Stmt { }

    record Delete(List<Expr> targets, Pos pos) implements Stmt { }

    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Pos pos) implements Stmt { }

    record ClassDef(String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body, List<Expr> decorators,
                    Pos pos) implements Stmt { }

    /** A construct Python has and the subset does not: compiled into a NotImplementedError naming it. */
    record Unsupported(String feature, Pos pos) implements Stmt { }
}
