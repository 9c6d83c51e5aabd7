package org.enchufe.lang;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enchufe.lang.ast.Arguments;
import org.enchufe.lang.ast.Expr;
import org.enchufe.lang.ast.Pos;
import org.enchufe.lang.ast.Stmt;

/**
 * The symbol table: for every module, class, function, lambda and comprehension, which names
 * are local, global, free (from an enclosing function) or cells (captured by an inner one),
 * following Python's scoping rules.
 */
public final class Scopes {

    public enum Kind { MODULE, CLASS, FUNCTION }

    public enum Binding { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAME }

    /** One scope and what each of its names is. */
    public static final class Scope {
        public final Kind kind;
        public final String name;
        public final Scope parent;
        final Map<String, Integer> flags = new LinkedHashMap<>();
        final List<Scope> children = new ArrayList<>();
        public final List<String> params = new ArrayList<>();
        public final Map<String, Binding> bindings = new LinkedHashMap<>();
        public final Set<String> cells = new LinkedHashSet<>();
        public final Set<String> frees = new LinkedHashSet<>();
        public boolean generator;
        /** A class body that defines methods using super() or __class__ needs the __class__ cell. */
        public boolean needsClassCell;

        Scope(Kind kind, String name, Scope parent) {
            this.kind = kind;
            this.name = name;
            this.parent = parent;
        }

        public Binding binding(String id) {
            Binding b = bindings.get(id);
            if (b != null) {
                return b;
            }
            return kind == Kind.FUNCTION ? Binding.GLOBAL_IMPLICIT : Binding.NAME;
        }

        int flag(String id) {
            return flags.getOrDefault(id, 0);
        }
    }

    private static final int ASSIGNED = 1;
    private static final int USED = 2;
    private static final int GLOBAL = 4;
    private static final int NONLOCAL = 8;
    private static final int PARAM = 16;

    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;

    private Scopes() {
    }

    /** Analyses a module; the scope of each node that opens one is found with {@link #of}. */
    public static Scopes analyse(List<Stmt> module) {
        Scopes s = new Scopes();
        Scope top = new Scope(Kind.MODULE, "<module>", null);
        s.scopes.put(module, top);
        s.current = top;
        s.statements(module);
        s.resolve(top);
        return s;
    }

    public Scope of(Object node) {
        return scopes.get(node);
    }

    // ---------------------------------------------------------------- collecting

    private void mark(String id, int flag, Pos pos) {
        int old = current.flag(id);
        if (flag == GLOBAL && (old & (ASSIGNED | USED)) != 0 && current.kind != Kind.MODULE) {
            String what = (old & ASSIGNED) != 0 ? "assigned to" : "used";
            throw new PySyntaxError("SyntaxError", "name '" + id + "' is " + what + " before global declaration", pos.line(),
                    pos.col() + 1, pos.endCol() + 1);
        }
        if (flag == NONLOCAL && (old & (ASSIGNED | USED)) != 0) {
            String what = (old & ASSIGNED) != 0 ? "assigned to" : "used";
            throw new PySyntaxError("SyntaxError", "name '" + id + "' is " + what + " before nonlocal declaration", pos.line(),
                    pos.col() + 1, pos.endCol() + 1);
        }
        if (flag == GLOBAL && (old & PARAM) != 0 || flag == NONLOCAL && (old & PARAM) != 0) {
            throw new PySyntaxError("SyntaxError", "name '" + id + "' is parameter and " + (flag == GLOBAL ? "global" : "nonlocal"),
                    pos.line(), pos.col() + 1, pos.endCol() + 1);
        }
        current.flags.put(id, old | flag);
    }

    private Scope open(Object node, Kind kind, String name) {
        Scope scope = new Scope(kind, name, current);
        current.children.add(scope);
        scopes.put(node, scope);
        current = scope;
        return scope;
    }

    private void close() {
        current = current.parent;
    }

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    /**
     * How deep the walk is in the tree now (statements and expressions). The first walk over the
     * tree, so the limit is kept here: CPython refuses trees deeper than 3000 nodes (three times
     * its recursion limit) with "RecursionError: maximum recursion depth exceeded during
     * compilation" — {@code x = -…-1} compiles with 2998 minus signs, not with 2999.
     */
    private int depth;
    static final int MAX_DEPTH = 3000;

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw PySyntaxError.unlocated("RecursionError", "maximum recursion depth exceeded during compilation");
        }
    }

    private void statement(Stmt s) {
        enter();
        walkStatement(s);
        depth--;
    }

    private void walkStatement(Stmt s) {
        switch (s) {
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Assign a -> {
                expr(a.value());
                a.targets().forEach(this::target);
            }
            case Stmt.AugAssign a -> {
                expr(a.value());
                if (a.target() instanceof Expr.Name n) {
                    mark(n.id(), ASSIGNED | USED, n.pos());
                } else {
                    expr(a.target());
                }
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                    target(a.target());
                } else if (!(a.target() instanceof Expr.Name)) {
                    expr(a.target());
                }
            }
            case Stmt.If i -> {
                expr(i.test());
                statements(i.body());
                statements(i.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                statements(w.body());
                statements(w.orelse());
            }
            case Stmt.For f -> {
                expr(f.iter());
                target(f.target());
                statements(f.body());
                statements(f.orelse());
            }
            case Stmt.Return r -> {
                if (current.kind != Kind.FUNCTION) {
                    throw new PySyntaxError("SyntaxError", "'return' outside function", r.pos().line(), r.pos().col() + 1,
                            r.pos().endCol() + 1);
                }
                if (r.value() != null) {
                    expr(r.value());
                }
            }
            case Stmt.Global g -> {
                if (current.kind == Kind.MODULE) {
                    g.names().forEach(n -> mark(n, GLOBAL, g.pos()));
                } else {
                    g.names().forEach(n -> mark(n, GLOBAL, g.pos()));
                }
            }
            case Stmt.Nonlocal n -> {
                if (current.kind == Kind.MODULE) {
                    throw new PySyntaxError("SyntaxError", "nonlocal declaration not allowed at module level", n.pos().line(),
                            n.pos().col() + 1, n.pos().endCol() + 1);
                }
                n.names().forEach(id -> mark(id, NONLOCAL, n.pos()));
            }
            case Stmt.Try t -> {
                statements(t.body());
                for (Stmt.ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    if (h.name() != null) {
                        mark(h.name(), ASSIGNED, h.pos());
                    }
                    statements(h.body());
                }
                statements(t.orelse());
                statements(t.finalbody());
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                }
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
            case Stmt.With w -> {
                for (Stmt.WithItem item : w.items()) {
                    expr(item.context());
                    if (item.target() != null) {
                        target(item.target());
                    }
                }
                statements(w.body());
            }
            case Stmt.Import i -> i.names().forEach(a -> mark(a.asname() != null ? a.asname() : a.name().split("\\.")[0],
                    ASSIGNED, a.pos()));
            case Stmt.ImportFrom i -> {
                for (Stmt.Alias a : i.names()) {
                    if (a.name().equals("*")) {
                        if (current.kind != Kind.MODULE) {
                            throw new PySyntaxError("import * only allowed at module level", i.pos().line(), i.pos().col() + 1);
                        }
                    } else {
                        mark(a.asname() != null ? a.asname() : a.name(), ASSIGNED, a.pos());
                    }
                }
            }
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Delete d -> d.targets().forEach(this::target);
            case Stmt.FunctionDef f -> {
                f.decorators().forEach(this::expr);
                defaults(f.args());
                mark(f.name(), ASSIGNED, f.pos());
                Scope fn = open(f, Kind.FUNCTION, f.name());
                parameters(f.args(), fn);
                statements(f.body());
                close();
            }
            case Stmt.ClassDef c -> {
                c.decorators().forEach(this::expr);
                c.bases().forEach(this::expr);
                c.keywords().forEach(k -> expr(k.value()));
                mark(c.name(), ASSIGNED, c.pos());
                open(c, Kind.CLASS, c.name());
                statements(c.body());
                close();
            }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.Pass p -> { }
            case Stmt.Unsupported u -> { }
        }
    }

    private void defaults(Arguments args) {
        args.defaults().forEach(this::expr);
        args.kwDefaults().forEach(d -> {
            if (d != null) {
                expr(d);
            }
        });
    }

    private void parameters(Arguments args, Scope fn) {
        // CPython's order of a code object's first locals, which ArgumentBinder relies on: the
        // positional parameters, the keyword-only ones, then *args, then **kwargs.
        List<Arguments.Arg> all = new ArrayList<>(args.posonly());
        all.addAll(args.args());
        all.addAll(args.kwonly());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (Arguments.Arg a : all) {
            fn.params.add(a.name());
            mark(a.name(), ASSIGNED | PARAM, a.pos());
        }
    }

    private void target(Expr t) {
        switch (t) {
            case Expr.Name n -> mark(n.id(), ASSIGNED, n.pos());
            case Expr.Tuple tu -> tu.elts().forEach(this::target);
            case Expr.ListExpr l -> l.elts().forEach(this::target);
            case Expr.Starred s -> target(s.value());
            default -> expr(t);
        }
    }

    private void expr(Expr e) {
        enter();
        walkExpr(e);
        depth--;
    }

    private void walkExpr(Expr e) {
        switch (e) {
            case Expr.Name n -> {
                mark(n.id(), USED, n.pos());
                if (n.id().equals("super") && current.kind == Kind.FUNCTION) {
                    // super() with no arguments reads the __class__ cell of the enclosing class.
                    mark("__class__", USED, n.pos());
                }
            }
            case Expr.Constant c -> { }
            case Expr.JoinedStr j -> j.values().forEach(this::expr);
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.BoolOp b -> b.values().forEach(this::expr);
            case Expr.Compare c -> {
                expr(c.left());
                c.comparators().forEach(this::expr);
            }
            case Expr.Call c -> {
                expr(c.func());
                c.args().forEach(this::expr);
                c.keywords().forEach(k -> expr(k.value()));
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Tuple t -> t.elts().forEach(this::expr);
            case Expr.ListExpr l -> l.elts().forEach(this::expr);
            case Expr.SetExpr s -> s.elts().forEach(this::expr);
            case Expr.DictExpr d -> {
                d.keys().forEach(k -> {
                    if (k != null) {
                        expr(k);
                    }
                });
                d.values().forEach(this::expr);
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Lambda l -> {
                defaults(l.args());
                Scope fn = open(l, Kind.FUNCTION, "<lambda>");
                parameters(l.args(), fn);
                expr(l.body());
                close();
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                // The walrus binds in the nearest enclosing non-comprehension scope.
                Scope saved = current;
                while (current.name.startsWith("<") && current.name.endsWith("comp>") || current.name.equals("<genexpr>")) {
                    current = current.parent;
                }
                if (current != saved && current.kind == Kind.CLASS) {
                    throw new PySyntaxError("assignment expression within a comprehension cannot be used in a class body",
                            n.pos().line(), n.pos().col() + 1);
                }
                mark(n.target().id(), ASSIGNED, n.pos());
                if (current != saved) {
                    // Comprehensions in between see the name as the target scope's: global at module
                    // level, a closure variable inside a function.
                    int binding = current.kind == Kind.MODULE ? GLOBAL : NONLOCAL;
                    Scope inner = saved;
                    while (inner != current) {
                        inner.flags.put(n.target().id(), inner.flag(n.target().id()) | binding | USED);
                        inner = inner.parent;
                    }
                }
                current = saved;
            }
            case Expr.Comp c -> {
                // The first iterable is evaluated in the enclosing scope.
                expr(c.generators().getFirst().iter());
                String name = switch (c.kind()) {
                    case LIST -> "<listcomp>";
                    case SET -> "<setcomp>";
                    case DICT -> "<dictcomp>";
                    case GENERATOR -> "<genexpr>";
                };
                Scope fn = open(c, Kind.FUNCTION, name);
                fn.params.add(".0");
                mark(".0", ASSIGNED | PARAM, c.pos());
                fn.generator = c.kind() == Expr.CompKind.GENERATOR;
                for (int i = 0; i < c.generators().size(); i++) {
                    Expr.Comprehension g = c.generators().get(i);
                    if (i > 0) {
                        expr(g.iter());
                    }
                    target(g.target());
                    g.ifs().forEach(this::expr);
                }
                expr(c.elt());
                if (c.value() != null) {
                    expr(c.value());
                }
                close();
            }
            case Expr.Yield y -> {
                yieldHere(y.pos());
                if (y.value() != null) {
                    expr(y.value());
                }
            }
            case Expr.YieldFrom y -> {
                yieldHere(y.pos());
                expr(y.value());
            }
            case Expr.Await a -> expr(a.value());
        }
    }

    private void yieldHere(Pos pos) {
        if (current.kind != Kind.FUNCTION) {
            throw new PySyntaxError("SyntaxError", "'yield' outside function", pos.line(), pos.col() + 1, pos.endCol() + 1);
        }
        current.generator = true;
    }

    // ---------------------------------------------------------------- resolving

    private void resolve(Scope scope) {
        for (Map.Entry<String, Integer> e : scope.flags.entrySet()) {
            String id = e.getKey();
            int f = e.getValue();
            if ((f & GLOBAL) != 0) {
                scope.bindings.put(id, Binding.GLOBAL_EXPLICIT);
            } else if ((f & NONLOCAL) != 0) {
                if (!boundInEnclosingFunction(scope.parent, id)) {
                    throw new PySyntaxError("no binding for nonlocal '" + id + "' found", 0, 0);
                }
                scope.bindings.put(id, Binding.FREE);
                scope.frees.add(id);
            } else if ((f & ASSIGNED) != 0) {
                scope.bindings.put(id, scope.kind == Kind.FUNCTION ? Binding.LOCAL : Binding.NAME);
            } else if (scope.kind == Kind.FUNCTION || scope.kind == Kind.CLASS) {
                if (boundInEnclosingFunction(scope.parent, id)) {
                    scope.bindings.put(id, Binding.FREE);
                    scope.frees.add(id);
                } else if (id.equals("__class__") && enclosingClass(scope) != null) {
                    scope.bindings.put(id, Binding.FREE);
                    scope.frees.add(id);
                    enclosingClass(scope).needsClassCell = true;
                } else {
                    scope.bindings.put(id, scope.kind == Kind.FUNCTION ? Binding.GLOBAL_IMPLICIT : Binding.NAME);
                }
            }
        }
        for (Scope child : scope.children) {
            resolve(child);
        }
        // Free names of children that this scope binds become cells here; others pass through.
        for (Scope child : scope.children) {
            for (String free : child.frees) {
                if (scope.kind == Kind.CLASS && free.equals("__class__")) {
                    continue;
                }
                Binding mine = scope.bindings.get(free);
                if (scope.kind == Kind.FUNCTION && (mine == Binding.LOCAL || mine == Binding.CELL)) {
                    scope.bindings.put(free, Binding.CELL);
                    scope.cells.add(free);
                } else if (scope.kind != Kind.MODULE && mine != Binding.CELL) {
                    if (mine == null || mine == Binding.GLOBAL_IMPLICIT || mine == Binding.FREE
                            || scope.kind == Kind.CLASS) {
                        scope.frees.add(free);
                        if (mine == null || mine == Binding.GLOBAL_IMPLICIT) {
                            scope.bindings.put(free, Binding.FREE);
                        }
                    }
                }
            }
        }
        if (scope.kind == Kind.CLASS && scope.needsClassCell) {
            scope.cells.add("__class__");
        }
    }

    private static Scope enclosingClass(Scope scope) {
        for (Scope s = scope.parent; s != null; s = s.parent) {
            if (s.kind == Kind.CLASS) {
                return s;
            }
            if (s.kind == Kind.MODULE) {
                return null;
            }
        }
        return null;
    }

    private static boolean boundInEnclosingFunction(Scope scope, String id) {
        for (Scope s = scope; s != null && s.kind != Kind.MODULE; s = s.parent) {
            if (s.kind == Kind.CLASS) {
                continue;
            }
            int f = s.flag(id);
            if ((f & GLOBAL) != 0) {
                return false;
            }
            if ((f & (ASSIGNED | NONLOCAL)) != 0) {
                return true;
            }
        }
        return false;
    }
}
