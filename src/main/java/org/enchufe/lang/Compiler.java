package org.enchufe.lang;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.lang.ast.Arguments;
import org.enchufe.lang.ast.Expr;
import org.enchufe.lang.ast.Operator;
import org.enchufe.lang.ast.Pos;
import org.enchufe.lang.ast.Stmt;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;

import static org.enchufe.lang.Opcode.*;

/**
 * Turns the syntax tree into bytecode, one {@link Code} per module, class body, function,
 * lambda and comprehension. try/finally, with, break, continue and return unwind the blocks
 * they leave by compiling each block's exit code inline, as CPython 3.9+ does.
 */
public final class Compiler {

    private enum BlockKind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, HANDLER_CLEANUP, WITH }

    /** A block the code being compiled is inside, and what leaving it early requires. */
    private record Block(BlockKind kind, int start, List<Integer> breaks, List<Stmt> finalbody, String name) {
    }

    /** The code object being built. */
    private final class Unit {
        final Scopes.Scope scope;
        final String qualname;
        final int[] growOps = new int[0];
        int[] ops = new int[64];
        int[] lines = new int[32];
        int[] columns = new int[96];
        int count;
        final List<PyObject> consts = new ArrayList<>();
        final Map<Object, Integer> constIndex = new HashMap<>();
        final List<String> names = new ArrayList<>();
        final List<String> varnames = new ArrayList<>();
        final List<String> cellvars = new ArrayList<>();
        final List<String> freevars = new ArrayList<>();
        final Deque<Block> blocks = new ArrayDeque<>();
        int line;
        /** The node being compiled: instructions carry its columns, for traceback carets. */
        Pos pos;

        Unit(Scopes.Scope scope, String qualname, int firstLine) {
            this.scope = scope;
            this.qualname = qualname;
            this.line = firstLine;
            varnames.addAll(scope.params);
            if (scope.kind == Scopes.Kind.FUNCTION) {
                for (Map.Entry<String, Scopes.Binding> e : scope.bindings.entrySet()) {
                    if ((e.getValue() == Scopes.Binding.LOCAL) && !varnames.contains(e.getKey())) {
                        varnames.add(e.getKey());
                    }
                }
            }
            cellvars.addAll(scope.cells);
            freevars.addAll(scope.frees);
        }

        int emit(int op, int arg) {
            if (2 * count + 2 > ops.length) {
                ops = Arrays.copyOf(ops, ops.length * 2);
                lines = Arrays.copyOf(lines, lines.length * 2);
                columns = Arrays.copyOf(columns, columns.length * 2);
            }
            ops[2 * count] = op;
            ops[2 * count + 1] = arg;
            lines[count] = line;
            boolean known = pos != null && pos.line() == line;
            columns[3 * count] = known ? pos.col() : -1;
            columns[3 * count + 1] = known ? pos.endLine() : -1;
            columns[3 * count + 2] = known ? pos.endCol() : -1;
            return count++;
        }

        void patch(int at, int target) {
            ops[2 * at + 1] = target;
        }

        int here() {
            return count;
        }
    }

    private final String filename;
    private final Scopes scopes;
    private final String[] sourceLines;
    private final List<String> warnings;
    private Unit unit;

    private Compiler(String filename, Scopes scopes, String source, List<String> warnings) {
        this.filename = filename;
        this.scopes = scopes;
        this.sourceLines = source.split("\r\n|\r|\n", -1);
        this.warnings = warnings;
    }

    /** Compiles a whole module; SyntaxErrors surface as {@link PySyntaxError}. */
    public static Code compileModule(String source, String filename) {
        return compileModule(source, filename, new ArrayList<>());
    }

    /**
     * Compiles a whole module and adds to {@code warnings} the SyntaxWarnings CPython prints on
     * stderr before running it, each as CPython formats it.
     */
    public static Code compileModule(String source, String filename, List<String> warnings) {
        try {
            return DeepStack.run("enchufe-compiler", DeepStack.COMPILER, () -> {
                List<Stmt> module = Parser.parse(source);
                Scopes scopes = Scopes.analyse(module);
                Compiler compiler = new Compiler(filename, scopes, source, warnings);
                return compiler.module(module);
            });
        } catch (StackOverflowError e) {
            // Not reachable within CPython's limits; should it happen, CPython's parser's own answer.
            throw PySyntaxError.unlocated("MemoryError", "");
        }
    }

    private void warn(int line, String message) {
        String text = line >= 1 && line <= sourceLines.length ? sourceLines[line - 1].strip() : "";
        warnings.add(filename + ":" + line + ": SyntaxWarning: " + message + "\n  " + text + "\n");
    }

    /** A literal as CPython's optimiser sees it (negative numbers folded), or null. */
    private static PyObject literal(Expr e) {
        if (e instanceof Expr.Constant c) {
            return switch (c.value()) {
                case BigInteger b -> PyInt.of(b);
                case Double d -> PyFloat.of(d);
                case String s -> PyStr.of(s);
                case Expr.Bytes b -> new PyBytes(b.value());
                case Boolean b -> PyBool.of(b);
                case Expr.Special s -> s == Expr.Special.NONE ? PyNone.NONE : PyNone.ELLIPSIS;
                default -> null;
            };
        }
        if (e instanceof Expr.UnaryOp u && u.op() == Expr.UnaryKind.USUB && u.operand() instanceof Expr.Constant c) {
            return switch (c.value()) {
                case BigInteger b -> PyInt.of(b.negate());
                case Double d -> PyFloat.of(-d);
                default -> null;
            };
        }
        if (e instanceof Expr.Tuple t) {
            PyObject[] items = new PyObject[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = literal(t.elts().get(i));
                if (items[i] == null) {
                    return null;
                }
            }
            return PyTuple.of(items);
        }
        return null;
    }

    private void checkIsLiteral(Expr left, Expr.CmpKind op, Expr right, int line) {
        if (op != Expr.CmpKind.IS && op != Expr.CmpKind.ISNOT) {
            return;
        }
        for (Expr side : new Expr[] {left, right}) {
            PyObject value = literal(side);
            if (value != null && value != PyNone.NONE && !(value instanceof PyBool) && value != PyNone.ELLIPSIS) {
                warn(line, op == Expr.CmpKind.IS ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
        }
    }

    private Code module(List<Stmt> body) {
        unit = new Unit(scopes.of(body), "<module>", 1);
        statements(body);
        unit.line = lastLine(body);
        emitConst(PyNone.NONE);
        unit.emit(RETURN_VALUE, 0);
        return finish("<module>", 0, 0, 0, false, false, false, 1);
    }

    private static int lastLine(List<Stmt> body) {
        return body.isEmpty() ? 1 : body.getLast().pos().endLine();
    }

    private Code finish(String name, int argcount, int posonly, int kwonly, boolean varargs, boolean varkw, boolean generator,
                        int firstLine) {
        Unit u = unit;
        int[] ops = Arrays.copyOf(u.ops, 2 * u.count);
        int[] lines = Arrays.copyOf(u.lines, u.count);
        int[] columns = Arrays.copyOf(u.columns, 3 * u.count);
        int[] cellArgs = new int[u.cellvars.size()];
        for (int i = 0; i < cellArgs.length; i++) {
            cellArgs[i] = u.scope.params.indexOf(u.cellvars.get(i));
        }
        int maxStack = StackDepth.compute(ops);
        return new Code(name, u.qualname, filename, ops, lines, columns, u.consts.toArray(new PyObject[0]),
                u.names.toArray(new String[0]), u.varnames.toArray(new String[0]), u.cellvars.toArray(new String[0]),
                u.freevars.toArray(new String[0]), cellArgs, argcount, posonly, kwonly, varargs, varkw, generator, firstLine,
                maxStack);
    }

    // ---------------------------------------------------------------- statements

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        unit.line = s.pos().line();
        unit.pos = s.pos();
        switch (s) {
            case Stmt.ExprStmt e -> {
                expr(e.value());
                unit.emit(POP_TOP, 0);
            }
            case Stmt.Assign a -> {
                expr(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) {
                        unit.emit(DUP_TOP, 0);
                    }
                    store(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                    store(a.target());
                }
            }
            case Stmt.If i -> ifStatement(i);
            case Stmt.While w -> whileStatement(w);
            case Stmt.For f -> forStatement(f);
            case Stmt.Break b -> breakStatement(b.pos());
            case Stmt.Continue c -> continueStatement(c.pos());
            case Stmt.Pass p -> unit.emit(NOP, 0);
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                } else {
                    emitConst(PyNone.NONE);
                }
                unwindAll(true);
                unit.line = r.pos().line();
                unit.emit(RETURN_VALUE, 0);
            }
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.Try t -> tryStatement(t);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    expr(r.exc());
                    n = 1;
                    if (r.cause() != null) {
                        expr(r.cause());
                        n = 2;
                    }
                }
                unit.line = r.pos().line();
                unit.emit(RAISE_VARARGS, n);
            }
            case Stmt.With w -> withStatement(w, 0);
            case Stmt.Import i -> importStatement(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Assert a -> {
                expr(a.test());
                int jump = unit.emit(POP_JUMP_IF_TRUE, 0);
                unit.emit(LOAD_ASSERTION_ERROR, 0);
                if (a.msg() != null) {
                    expr(a.msg());
                    unit.emit(CALL, 1);
                }
                at(a.test().pos(), () -> unit.emit(RAISE_VARARGS, 1));
                unit.patch(jump, unit.here());
            }
            case Stmt.Delete d -> d.targets().forEach(this::delete);
            case Stmt.FunctionDef f -> functionDef(f);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Unsupported u -> {
                emitConst(PyStr.of(u.feature()));
                unit.emit(RAISE_UNSUPPORTED, 0);
            }
        }
    }

    private void ifStatement(Stmt.If i) {
        expr(i.test());
        int toElse = unit.emit(POP_JUMP_IF_FALSE, 0);
        statements(i.body());
        if (i.orelse().isEmpty()) {
            unit.patch(toElse, unit.here());
            return;
        }
        int toEnd = unit.emit(JUMP, 0);
        unit.patch(toElse, unit.here());
        statements(i.orelse());
        unit.patch(toEnd, unit.here());
    }

    private void whileStatement(Stmt.While w) {
        int start = unit.here();
        expr(w.test());
        int toElse = unit.emit(POP_JUMP_IF_FALSE, 0);
        Block loop = new Block(BlockKind.WHILE_LOOP, start, new ArrayList<>(), null, null);
        pushBlock(loop, w.pos());
        statements(w.body());
        unit.blocks.pop();
        unit.line = w.pos().line();
        unit.emit(JUMP, start);
        unit.patch(toElse, unit.here());
        statements(w.orelse());
        loop.breaks().forEach(b -> unit.patch(b, unit.here()));
    }

    private void forStatement(Stmt.For f) {
        expr(f.iter());
        unit.line = f.pos().line();
        unit.emit(GET_ITER, 0);
        int start = unit.here();
        int forIter = unit.emit(FOR_ITER, 0);
        store(f.target());
        Block loop = new Block(BlockKind.FOR_LOOP, start, new ArrayList<>(), null, null);
        pushBlock(loop, f.pos());
        statements(f.body());
        unit.blocks.pop();
        unit.line = f.pos().line();
        unit.emit(JUMP, start);
        unit.patch(forIter, unit.here());
        statements(f.orelse());
        loop.breaks().forEach(b -> unit.patch(b, unit.here()));
    }

    private void breakStatement(Pos pos) {
        Block loop = innermostLoop();
        if (loop == null) {
            throw new PySyntaxError("SyntaxError", "'break' outside loop", pos.line(), pos.col() + 1, pos.endCol() + 1);
        }
        unwindUntil(loop, false);
        if (loop.kind() == BlockKind.FOR_LOOP) {
            unit.emit(POP_TOP, 0);
        }
        loop.breaks().add(unit.emit(JUMP, 0));
    }

    private void continueStatement(Pos pos) {
        Block loop = innermostLoop();
        if (loop == null) {
            throw new PySyntaxError("SyntaxError", "'continue' not properly in loop", pos.line(), pos.col() + 1,
                    pos.endCol() + 1);
        }
        unwindUntil(loop, false);
        unit.emit(JUMP, loop.start());
    }

    private Block innermostLoop() {
        for (Block b : unit.blocks) {
            if (b.kind() == BlockKind.WHILE_LOOP || b.kind() == BlockKind.FOR_LOOP) {
                return b;
            }
        }
        return null;
    }

    /** Emits the exit code of every block inside {@code target}, innermost first. */
    private void unwindUntil(Block target, boolean preserveTop) {
        Deque<Block> saved = new ArrayDeque<>(unit.blocks);
        try {
            while (!unit.blocks.isEmpty() && unit.blocks.peek() != target) {
                Block b = unit.blocks.pop();
                unwind(b, preserveTop);
            }
        } finally {
            unit.blocks.clear();
            saved.descendingIterator().forEachRemaining(unit.blocks::push);
        }
    }

    private void unwindAll(boolean preserveTop) {
        Deque<Block> saved = new ArrayDeque<>(unit.blocks);
        try {
            while (!unit.blocks.isEmpty()) {
                unwind(unit.blocks.pop(), preserveTop);
            }
        } finally {
            unit.blocks.clear();
            saved.descendingIterator().forEachRemaining(unit.blocks::push);
        }
    }

    private void unwind(Block b, boolean preserveTop) {
        switch (b.kind()) {
            case WHILE_LOOP -> { }
            case FOR_LOOP -> {
                if (preserveTop) {
                    unit.emit(ROT_TWO, 0);
                }
                unit.emit(POP_TOP, 0);
            }
            case TRY_EXCEPT -> unit.emit(POP_BLOCK, 0);
            case FINALLY_TRY -> {
                unit.emit(POP_BLOCK, 0);
                // The finally body runs here with the blocks outside it still in force.
                statements(b.finalbody());
            }
            case FINALLY_END -> {
                unit.emit(POP_EXCEPT, 0);
                if (preserveTop) {
                    unit.emit(ROT_TWO, 0);
                }
                unit.emit(POP_TOP, 0);
            }
            case HANDLER_CLEANUP -> {
                unit.emit(POP_EXCEPT, 0);
                if (b.name() != null) {
                    emitConst(PyNone.NONE);
                    storeName(b.name());
                    deleteName(b.name());
                }
            }
            case WITH -> {
                unit.emit(POP_BLOCK, 0);
                if (preserveTop) {
                    unit.emit(ROT_TWO, 0);
                }
                unit.emit(WITH_EXIT, 0);
            }
        }
    }

    /** CPython's CO_MAXBLOCKS: a loop, try, except or with block inside twenty others is refused. */
    private static final int MAX_BLOCKS = 20;

    private void pushBlock(Block block, Pos at) {
        if (unit.blocks.size() >= MAX_BLOCKS) {
            // CPython underlines the statement's first line.
            int end = at.endLine() == at.line() ? at.endCol() + 1
                    : at.line() <= sourceLines.length ? sourceLines[at.line() - 1].stripTrailing().length() + 1 : 0;
            throw new PySyntaxError("SyntaxError", "too many statically nested blocks", at.line(), at.col() + 1, end);
        }
        unit.blocks.push(block);
    }

    private void tryStatement(Stmt.Try t) {
        if (t.finalbody().isEmpty()) {
            tryExcept(t);
            return;
        }
        int setup = unit.emit(SETUP_FINALLY, 0);
        pushBlock(new Block(BlockKind.FINALLY_TRY, 0, null, t.finalbody(), null), t.pos());
        if (t.handlers().isEmpty()) {
            statements(t.body());
        } else {
            tryExcept(t);
        }
        unit.blocks.pop();
        unit.emit(POP_BLOCK, 0);
        statements(t.finalbody());
        int toEnd = unit.emit(JUMP, 0);
        unit.patch(setup, unit.here());
        unit.emit(PUSH_EXC_INFO, 0);
        pushBlock(new Block(BlockKind.FINALLY_END, 0, null, null, null), t.pos());
        statements(t.finalbody());
        unit.blocks.pop();
        unit.emit(RERAISE, 0);
        unit.patch(toEnd, unit.here());
    }

    private void tryExcept(Stmt.Try t) {
        int setup = unit.emit(SETUP_FINALLY, 0);
        pushBlock(new Block(BlockKind.TRY_EXCEPT, 0, null, null, null), t.pos());
        statements(t.body());
        unit.blocks.pop();
        unit.emit(POP_BLOCK, 0);
        statements(t.orelse());
        List<Integer> toEnd = new ArrayList<>();
        toEnd.add(unit.emit(JUMP, 0));
        unit.patch(setup, unit.here());
        unit.emit(PUSH_EXC_INFO, 0);
        for (int i = 0; i < t.handlers().size(); i++) {
            Stmt.ExceptHandler h = t.handlers().get(i);
            unit.line = h.pos().line();
            if (h.type() == null && i < t.handlers().size() - 1) {
                throw new PySyntaxError("SyntaxError", "default 'except:' must be last", h.pos().line(), h.pos().col() + 1,
                        h.pos().col() + 7);
            }
            int next = -1;
            if (h.type() != null) {
                expr(h.type());
                unit.line = h.pos().line();
                unit.emit(CHECK_EXC_MATCH, 0);
                next = unit.emit(POP_JUMP_IF_FALSE, 0);
            }
            if (h.name() != null) {
                storeName(h.name());
            } else {
                unit.emit(POP_TOP, 0);
            }
            pushBlock(new Block(BlockKind.HANDLER_CLEANUP, 0, null, null, h.name()), h.pos());
            statements(h.body());
            unit.blocks.pop();
            unit.emit(POP_EXCEPT, 0);
            if (h.name() != null) {
                emitConst(PyNone.NONE);
                storeName(h.name());
                deleteName(h.name());
            }
            toEnd.add(unit.emit(JUMP, 0));
            if (next >= 0) {
                unit.patch(next, unit.here());
            }
        }
        unit.emit(RERAISE, 0);
        toEnd.forEach(j -> unit.patch(j, unit.here()));
    }

    private void withStatement(Stmt.With w, int item) {
        Stmt.WithItem it = w.items().get(item);
        expr(it.context());
        unit.line = w.pos().line();
        unit.emit(BEFORE_WITH, 0);
        // The block starts once __enter__'s result is stored, so its depth holds just __exit__.
        if (it.target() != null) {
            store(it.target());
        } else {
            unit.emit(POP_TOP, 0);
        }
        int setup = unit.emit(SETUP_FINALLY, 0);
        pushBlock(new Block(BlockKind.WITH, 0, null, null, null), w.pos());
        if (item + 1 < w.items().size()) {
            withStatement(w, item + 1);
        } else {
            statements(w.body());
        }
        unit.blocks.pop();
        unit.line = w.pos().line();
        unit.emit(POP_BLOCK, 0);
        unit.emit(WITH_EXIT, 0);
        int toEnd = unit.emit(JUMP, 0);
        unit.patch(setup, unit.here());
        // Stack: exit, exc. __exit__ decides whether the exception is swallowed.
        unit.emit(PUSH_EXC_INFO, 0);
        unit.emit(WITH_EXIT, 1);
        int suppressed = unit.emit(POP_JUMP_IF_TRUE, 0);
        unit.emit(RERAISE, 0);
        unit.patch(suppressed, unit.here());
        unit.emit(POP_TOP, 0);
        unit.emit(POP_EXCEPT, 0);
        unit.emit(POP_TOP, 0);
        unit.patch(toEnd, unit.here());
    }

    private void importStatement(Stmt.Import i) {
        for (Stmt.Alias a : i.names()) {
            emitConst(PyInt.of(0));
            emitConst(PyNone.NONE);
            unit.emit(IMPORT_NAME, name(a.name()));
            String[] parts = a.name().split("\\.");
            if (a.asname() != null) {
                for (int p = 1; p < parts.length; p++) {
                    unit.emit(IMPORT_FROM, name(parts[p]));
                    unit.emit(ROT_TWO, 0);
                    unit.emit(POP_TOP, 0);
                }
                storeName(a.asname());
            } else {
                storeName(parts[0]);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom i) {
        if (i.level() > 0) {
            emitConst(PyStr.of("relative imports"));
            unit.emit(RAISE_UNSUPPORTED, 0);
            return;
        }
        PyObject[] fromlist = new PyObject[i.names().size()];
        for (int k = 0; k < fromlist.length; k++) {
            fromlist[k] = PyStr.of(i.names().get(k).name());
        }
        emitConst(PyInt.of(i.level()));
        emitConst(PyTuple.of(fromlist));
        unit.emit(IMPORT_NAME, name(i.module()));
        if (i.names().size() == 1 && i.names().getFirst().name().equals("*")) {
            unit.emit(IMPORT_STAR, 0);
            return;
        }
        for (Stmt.Alias a : i.names()) {
            unit.emit(IMPORT_FROM, name(a.name()));
            storeName(a.asname() != null ? a.asname() : a.name());
        }
        unit.emit(POP_TOP, 0);
    }

    private void functionDef(Stmt.FunctionDef f) {
        f.decorators().forEach(this::expr);
        unit.line = f.pos().line();
        Scopes.Scope scope = scopes.of(f);
        Code code = compileFunction(scope, f.name(), f.args(), f.pos().line(), () -> {
            List<Stmt> body = f.body();
            int start = 0;
            if (!body.isEmpty() && body.getFirst() instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String) {
                start = 1;
            }
            statements(body.subList(start, body.size()));
            unit.line = lastLine(body);
            emitConst(PyNone.NONE);
            unit.emit(RETURN_VALUE, 0);
        }, docstring(f.body()));
        unit.line = f.pos().line();
        makeFunction(code, scope, f.args());
        for (int i = 0; i < f.decorators().size(); i++) {
            unit.emit(CALL, 1);
        }
        storeName(f.name());
    }

    private static PyObject docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.getFirst() instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return PyStr.of(s);
        }
        return PyNone.NONE;
    }

    private String childQualname(String name) {
        if (unit.scope.kind == Scopes.Kind.MODULE) {
            return name;
        }
        if (unit.scope.kind == Scopes.Kind.FUNCTION) {
            return unit.qualname + ".<locals>." + name;
        }
        return unit.qualname + "." + name;
    }

    private Code compileFunction(Scopes.Scope scope, String name, Arguments args, int firstLine, Runnable body, PyObject doc) {
        Unit outer = unit;
        unit = new Unit(scope, childQualname(name), firstLine);
        // The first constant of a function is its docstring, as in CPython.
        unit.consts.add(doc);
        body.run();
        int argcount = args.posonly().size() + args.args().size();
        Code code = finish(name, argcount, args.posonly().size(), args.kwonly().size(), args.vararg() != null,
                args.kwarg() != null, scope.generator, firstLine);
        unit = outer;
        return code;
    }

    /** Pushes defaults, keyword defaults and the closure, then the code and makes the function. */
    private void makeFunction(Code code, Scopes.Scope scope, Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            args.defaults().forEach(this::expr);
            unit.emit(BUILD_TUPLE, args.defaults().size());
            flags |= FN_DEFAULTS;
        }
        List<String> kwNames = new ArrayList<>();
        for (int i = 0; i < args.kwonly().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                emitConst(PyStr.of(args.kwonly().get(i).name()));
                expr(d);
                kwNames.add(args.kwonly().get(i).name());
            }
        }
        if (!kwNames.isEmpty()) {
            unit.emit(BUILD_MAP, kwNames.size());
            flags |= FN_KWDEFAULTS;
        }
        if (!scope.frees.isEmpty()) {
            for (String free : scope.frees) {
                unit.emit(LOAD_CLOSURE, derefIndex(free));
            }
            unit.emit(BUILD_TUPLE, scope.frees.size());
            flags |= FN_CLOSURE;
        }
        emitConst(code);
        unit.emit(MAKE_FUNCTION, flags);
    }

    private int derefIndex(String id) {
        int i = unit.cellvars.indexOf(id);
        if (i >= 0) {
            return i;
        }
        i = unit.freevars.indexOf(id);
        if (i < 0) {
            throw new IllegalStateException("no cell for " + id + " in " + unit.qualname);
        }
        return unit.cellvars.size() + i;
    }

    private void classDef(Stmt.ClassDef c) {
        c.decorators().forEach(this::expr);
        unit.line = c.pos().line();
        Scopes.Scope scope = scopes.of(c);
        Unit outer = unit;
        unit = new Unit(scope, childQualname(c.name()), c.pos().line());
        unit.consts.add(PyNone.NONE);
        unit.emit(LOAD_NAME, name("__name__"));
        unit.emit(STORE_NAME, name("__module__"));
        emitConst(PyStr.of(unit.qualname));
        unit.emit(STORE_NAME, name("__qualname__"));
        PyObject doc = docstring(c.body());
        if (doc != PyNone.NONE) {
            emitConst(doc);
            unit.emit(STORE_NAME, name("__doc__"));
        }
        statements(doc != PyNone.NONE ? c.body().subList(1, c.body().size()) : c.body());
        if (scope.needsClassCell) {
            unit.emit(LOAD_CLOSURE, unit.cellvars.indexOf("__class__"));
        } else {
            emitConst(PyNone.NONE);
        }
        unit.emit(RETURN_VALUE, 0);
        Code body = finish(c.name(), 0, 0, 0, false, false, false, c.pos().line());
        unit = outer;
        unit.line = c.pos().line();
        unit.emit(LOAD_BUILD_CLASS, 0);
        makeFunction(body, scope, Arguments.empty());
        emitConst(PyStr.of(c.name()));
        callArguments(c.bases(), c.keywords(), 2);
        for (int i = 0; i < c.decorators().size(); i++) {
            unit.emit(CALL, 1);
        }
        storeName(c.name());
    }

    // ---------------------------------------------------------------- names and targets

    private int name(String id) {
        int i = unit.names.indexOf(id);
        if (i < 0) {
            unit.names.add(id);
            i = unit.names.size() - 1;
        }
        return i;
    }

    private void emitConst(PyObject value) {
        Object key = value instanceof PyStr s ? "s:" + s.value() : value instanceof PyInt i && !(value instanceof PyBool)
                ? "i:" + i.asBig() : value instanceof PyBool b ? "b:" + (b == PyBool.TRUE) : value == PyNone.NONE ? "None" : null;
        Integer index = key == null ? null : unit.constIndex.get(key);
        if (index == null) {
            unit.consts.add(value);
            index = unit.consts.size() - 1;
            if (key != null) {
                unit.constIndex.put(key, index);
            }
        }
        unit.emit(LOAD_CONST, index);
    }

    private enum Access { LOAD, STORE, DELETE }

    private void loadName(String id) {
        nameOp(id, Access.LOAD);
    }

    private void storeName(String id) {
        nameOp(id, Access.STORE);
    }

    private void deleteName(String id) {
        nameOp(id, Access.DELETE);
    }

    /** The instruction that loads, stores or deletes a name, chosen by where the name lives. */
    private void nameOp(String id, Access access) {
        Scopes.Binding binding = unit.scope.binding(id);
        boolean inFunction = unit.scope.kind == Scopes.Kind.FUNCTION;
        int op = switch (binding) {
            case LOCAL -> pick(access, LOAD_FAST, STORE_FAST, DELETE_FAST);
            case CELL -> pick(access, LOAD_DEREF, STORE_DEREF, DELETE_DEREF);
            case FREE -> pick(access, unit.scope.kind == Scopes.Kind.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF, STORE_DEREF,
                    DELETE_DEREF);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> inFunction ? pick(access, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL)
                    : pick(access, LOAD_NAME, STORE_NAME, DELETE_NAME);
            case NAME -> pick(access, LOAD_NAME, STORE_NAME, DELETE_NAME);
        };
        int arg = switch (binding) {
            case LOCAL -> unit.varnames.indexOf(id);
            case CELL, FREE -> derefIndex(id);
            default -> name(id);
        };
        unit.emit(op, arg);
    }

    private static int pick(Access access, int load, int store, int delete) {
        return switch (access) {
            case LOAD -> load;
            case STORE -> store;
            case DELETE -> delete;
        };
    }

    private void store(Expr target) {
        switch (target) {
            case Expr.Name n -> storeName(n.id());
            case Expr.Attribute a -> {
                expr(a.value());
                unit.emit(STORE_ATTR, name(a.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                at(s.pos(), () -> unit.emit(STORE_SUBSCR, 0));
            }
            case Expr.Tuple t -> at(t.pos(), () -> unpack(t.elts(), t.pos()));
            case Expr.ListExpr l -> at(l.pos(), () -> unpack(l.elts(), l.pos()));
            case Expr.Starred s -> throw new PySyntaxError("starred assignment target must be in a list or tuple",
                    s.pos().line(), s.pos().col() + 1);
            default -> throw new PySyntaxError("cannot assign to expression", target.pos().line(), target.pos().col() + 1);
        }
    }

    private void unpack(List<Expr> elts, Pos pos) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw new PySyntaxError("multiple starred expressions in assignment", pos.line(), pos.col() + 1);
                }
                star = i;
            }
        }
        if (star < 0) {
            unit.emit(UNPACK_SEQUENCE, elts.size());
        } else {
            unit.emit(UNPACK_EX, star | ((elts.size() - star - 1) << 16));
        }
        for (Expr e : elts) {
            store(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    private void delete(Expr target) {
        switch (target) {
            case Expr.Name n -> deleteName(n.id());
            case Expr.Attribute a -> {
                expr(a.value());
                unit.emit(DELETE_ATTR, name(a.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                unit.emit(DELETE_SUBSCR, 0);
            }
            case Expr.Tuple t -> t.elts().forEach(this::delete);
            case Expr.ListExpr l -> l.elts().forEach(this::delete);
            default -> throw new PySyntaxError("cannot delete expression", target.pos().line(), target.pos().col() + 1);
        }
    }

    private void augAssign(Stmt.AugAssign a) {
        switch (a.target()) {
            case Expr.Name n -> {
                at(n.pos(), () -> loadName(n.id()));
                expr(a.value());
                unit.line = a.pos().line();
                unit.emit(INPLACE_OP, a.op().ordinal());
                storeName(n.id());
            }
            case Expr.Attribute at -> {
                expr(at.value());
                unit.emit(DUP_TOP, 0);
                unit.emit(LOAD_ATTR, name(at.attr()));
                expr(a.value());
                unit.line = a.pos().line();
                unit.emit(INPLACE_OP, a.op().ordinal());
                unit.emit(ROT_TWO, 0);
                unit.emit(STORE_ATTR, name(at.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                unit.emit(DUP_TOP_TWO, 0);
                unit.emit(BINARY_SUBSCR, 0);
                expr(a.value());
                unit.line = a.pos().line();
                unit.emit(INPLACE_OP, a.op().ordinal());
                unit.emit(ROT_THREE, 0);
                unit.emit(STORE_SUBSCR, 0);
            }
            default -> throw new PySyntaxError("illegal expression for augmented assignment", a.pos().line(), a.pos().col() + 1);
        }
    }

    // ---------------------------------------------------------------- expressions

    private void expr(Expr e) {
        int savedLine = unit.line;
        Pos savedPos = unit.pos;
        unit.line = e.pos().line();
        unit.pos = e.pos();
        compileExpr(e);
        unit.line = savedLine;
        unit.pos = savedPos;
    }

    /** Compiles {@code body} with instructions positioned at {@code node}. */
    private void at(Pos node, Runnable body) {
        int savedLine = unit.line;
        Pos savedPos = unit.pos;
        unit.line = node.line();
        unit.pos = node;
        body.run();
        unit.line = savedLine;
        unit.pos = savedPos;
    }

    private void compileExpr(Expr e) {
        switch (e) {
            case Expr.Name n -> loadName(n.id());
            case Expr.Constant c -> constant(c);
            case Expr.JoinedStr j -> {
                int n = 0;
                for (Expr part : j.values()) {
                    expr(part);
                    n++;
                }
                if (n == 1 && j.values().getFirst() instanceof Expr.Constant) {
                    return;
                }
                unit.emit(BUILD_STRING, n);
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                int flags = f.conversion() == 's' ? 1 : f.conversion() == 'r' ? 2 : f.conversion() == 'a' ? 3 : 0;
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                    flags |= 4;
                }
                unit.emit(FORMAT_VALUE, flags);
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
                unit.line = b.pos().line();
                unit.emit(BINARY_OP, b.op().ordinal());
            }
            case Expr.UnaryOp u -> {
                expr(u.operand());
                unit.emit(UNARY_OP, u.op().ordinal());
            }
            case Expr.BoolOp b -> {
                List<Integer> jumps = new ArrayList<>();
                for (int i = 0; i < b.values().size(); i++) {
                    expr(b.values().get(i));
                    if (i < b.values().size() - 1) {
                        jumps.add(unit.emit(b.isAnd() ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, 0));
                    }
                }
                jumps.forEach(j -> unit.patch(j, unit.here()));
            }
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> {
                if (c.func() instanceof Expr.Attribute method && c.keywords().isEmpty()
                        && c.args().stream().noneMatch(a -> a instanceof Expr.Starred)) {
                    // obj.m(args): look the method up without binding it, then call it with obj.
                    expr(method.value());
                    at(method.pos(), () -> unit.emit(LOAD_METHOD, name(method.attr())));
                    c.args().forEach(this::expr);
                    unit.emit(CALL_METHOD, c.args().size());
                } else {
                    expr(c.func());
                    callArguments(c.args(), c.keywords(), 0);
                }
            }
            case Expr.Attribute a -> {
                expr(a.value());
                unit.line = a.pos().endLine();
                unit.emit(LOAD_ATTR, name(a.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                unit.emit(BINARY_SUBSCR, 0);
            }
            case Expr.Slice s -> {
                sliceBound(s.lower());
                sliceBound(s.upper());
                if (s.step() != null) {
                    expr(s.step());
                    unit.emit(BUILD_SLICE, 3);
                } else {
                    unit.emit(BUILD_SLICE, 2);
                }
            }
            case Expr.Starred s -> throw new PySyntaxError("can't use starred expression here", s.pos().line(), s.pos().col() + 1);
            case Expr.Tuple t -> sequence(t.elts(), BUILD_TUPLE, true);
            case Expr.ListExpr l -> sequence(l.elts(), BUILD_LIST, false);
            case Expr.SetExpr s -> {
                PyObject folded = s.elts().size() > 2 ? foldedSet(s.elts()) : null;
                if (folded != null) {
                    // CPython folds a display of three or more constants into a frozenset and
                    // merges it, which decides the set's layout and so its printed order.
                    unit.emit(BUILD_SET, 0);
                    emitConst(folded);
                    unit.emit(SET_UPDATE, 1);
                } else if (s.elts().stream().anyMatch(x -> x instanceof Expr.Starred)) {
                    unit.emit(BUILD_SET, 0);
                    for (Expr x : s.elts()) {
                        if (x instanceof Expr.Starred st) {
                            expr(st.value());
                            unit.emit(SET_UPDATE, 1);
                        } else {
                            expr(x);
                            unit.emit(SET_ADD, 1);
                        }
                    }
                } else {
                    s.elts().forEach(this::expr);
                    unit.emit(BUILD_SET, s.elts().size());
                }
            }
            case Expr.DictExpr d -> dict(d);
            case Expr.IfExp i -> {
                expr(i.test());
                int toElse = unit.emit(POP_JUMP_IF_FALSE, 0);
                expr(i.body());
                int toEnd = unit.emit(JUMP, 0);
                unit.patch(toElse, unit.here());
                expr(i.orelse());
                unit.patch(toEnd, unit.here());
            }
            case Expr.Lambda l -> {
                Scopes.Scope scope = scopes.of(l);
                Code code = compileFunction(scope, "<lambda>", l.args(), l.pos().line(), () -> {
                    expr(l.body());
                    unit.emit(RETURN_VALUE, 0);
                }, PyNone.NONE);
                makeFunction(code, scope, l.args());
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                unit.emit(DUP_TOP, 0);
                storeName(n.target().id());
            }
            case Expr.Comp c -> comprehension(c);
            case Expr.Yield y -> {
                if (y.value() != null) {
                    expr(y.value());
                } else {
                    emitConst(PyNone.NONE);
                }
                unit.emit(YIELD_VALUE, 0);
            }
            case Expr.YieldFrom y -> {
                emitConst(PyStr.of("'yield from'"));
                unit.emit(RAISE_UNSUPPORTED, 0);
            }
            case Expr.Await a -> {
                emitConst(PyStr.of("'await'"));
                unit.emit(RAISE_UNSUPPORTED, 0);
            }
        }
    }

    private static PyObject foldedSet(List<Expr> elts) {
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = literal(elts.get(i));
            if (items[i] == null) {
                return null;
            }
        }
        return org.enchufe.lang.runtime.PySet.frozenOf(items);
    }

    private void sliceBound(Expr bound) {
        if (bound == null) {
            emitConst(PyNone.NONE);
        } else {
            expr(bound);
        }
    }

    private void constant(Expr.Constant c) {
        Object v = c.value();
        PyObject value = switch (v) {
            case BigInteger b -> PyInt.of(b);
            case Double d -> PyFloat.of(d);
            case String s -> PyStr.of(s);
            case Expr.Bytes b -> new PyBytes(b.value());
            case Boolean b -> PyBool.of(b);
            case Expr.Special s -> s == Expr.Special.NONE ? PyNone.NONE : PyNone.ELLIPSIS;
            case Lexer.Imaginary i -> null;
            default -> throw new IllegalStateException("constant " + v);
        };
        if (value == null) {
            emitConst(PyStr.of("complex numbers"));
            unit.emit(RAISE_UNSUPPORTED, 0);
            return;
        }
        emitConst(value);
    }

    private void sequence(List<Expr> elts, int build, boolean tuple) {
        if (elts.stream().noneMatch(x -> x instanceof Expr.Starred)) {
            elts.forEach(this::expr);
            unit.emit(build, elts.size());
            return;
        }
        unit.emit(BUILD_LIST, 0);
        for (Expr x : elts) {
            if (x instanceof Expr.Starred s) {
                expr(s.value());
                unit.emit(LIST_EXTEND, 1);
            } else {
                expr(x);
                unit.emit(LIST_APPEND, 1);
            }
        }
        if (tuple) {
            unit.emit(LIST_TO_TUPLE, 0);
        }
    }

    private void dict(Expr.DictExpr d) {
        boolean unpacking = d.keys().stream().anyMatch(k -> k == null);
        if (!unpacking) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            unit.emit(BUILD_MAP, d.keys().size());
            return;
        }
        unit.emit(BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                expr(d.values().get(i));
                unit.emit(DICT_UPDATE, 1);
            } else {
                expr(d.keys().get(i));
                expr(d.values().get(i));
                unit.emit(MAP_ADD, 1);
            }
        }
    }

    private void compare(Expr.Compare c) {
        Expr previous = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            checkIsLiteral(previous, c.ops().get(i), c.comparators().get(i), c.pos().line());
            previous = c.comparators().get(i);
        }
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().getFirst());
            unit.line = c.pos().line();
            compareOp(c.ops().getFirst());
            return;
        }
        List<Integer> cleanups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expr(c.comparators().get(i));
            if (i < n - 1) {
                unit.emit(DUP_TOP, 0);
                unit.emit(ROT_THREE, 0);
                compareOp(c.ops().get(i));
                cleanups.add(unit.emit(JUMP_IF_FALSE_OR_POP, 0));
            } else {
                compareOp(c.ops().get(i));
            }
        }
        int toEnd = unit.emit(JUMP, 0);
        cleanups.forEach(j -> unit.patch(j, unit.here()));
        unit.emit(ROT_TWO, 0);
        unit.emit(POP_TOP, 0);
        unit.patch(toEnd, unit.here());
    }

    private void compareOp(Expr.CmpKind kind) {
        switch (kind) {
            case IS -> unit.emit(IS_OP, 0);
            case ISNOT -> unit.emit(IS_OP, 1);
            case IN -> unit.emit(CONTAINS_OP, 0);
            case NOTIN -> unit.emit(CONTAINS_OP, 1);
            default -> unit.emit(COMPARE_OP, kind.ordinal());
        }
    }

    /** Arguments of a call whose callable (and {@code extra} leading arguments) are on the stack. */
    private void callArguments(List<Expr> args, List<Expr.Keyword> keywords, int extra) {
        boolean starred = args.stream().anyMatch(a -> a instanceof Expr.Starred) || keywords.stream().anyMatch(k -> k.name() == null);
        if (!starred) {
            args.forEach(this::expr);
            if (keywords.isEmpty()) {
                unit.emit(CALL, args.size() + extra);
                return;
            }
            PyObject[] names = new PyObject[keywords.size()];
            for (int i = 0; i < keywords.size(); i++) {
                expr(keywords.get(i).value());
                names[i] = PyStr.of(keywords.get(i).name());
            }
            emitConst(PyTuple.of(names));
            unit.emit(CALL_KW, args.size() + keywords.size() + extra);
            return;
        }
        // The general form: positional arguments as one tuple, keywords as one dict.
        unit.emit(BUILD_LIST, extra);
        for (Expr a : args) {
            if (a instanceof Expr.Starred s) {
                expr(s.value());
                unit.emit(LIST_EXTEND, 1);
            } else {
                expr(a);
                unit.emit(LIST_APPEND, 1);
            }
        }
        unit.emit(LIST_TO_TUPLE, 0);
        if (keywords.isEmpty()) {
            unit.emit(CALL_EX, 0);
            return;
        }
        unit.emit(BUILD_MAP, 0);
        for (Expr.Keyword k : keywords) {
            if (k.name() == null) {
                expr(k.value());
                unit.emit(DICT_MERGE, 1);
            } else {
                emitConst(PyStr.of(k.name()));
                expr(k.value());
                unit.emit(MAP_ADD, 1);
            }
        }
        unit.emit(CALL_EX, 1);
    }

    private void comprehension(Expr.Comp c) {
        Scopes.Scope scope = scopes.of(c);
        String name = switch (c.kind()) {
            case LIST -> "<listcomp>";
            case SET -> "<setcomp>";
            case DICT -> "<dictcomp>";
            case GENERATOR -> "<genexpr>";
        };
        Unit outer = unit;
        unit = new Unit(scope, childQualname(name), c.pos().line());
        unit.consts.add(PyNone.NONE);
        switch (c.kind()) {
            case LIST -> unit.emit(BUILD_LIST, 0);
            case SET -> unit.emit(BUILD_SET, 0);
            case DICT -> unit.emit(BUILD_MAP, 0);
            case GENERATOR -> { }
        }
        comprehensionLoop(c, 0);
        if (c.kind() == Expr.CompKind.GENERATOR) {
            emitConst(PyNone.NONE);
        }
        unit.emit(RETURN_VALUE, 0);
        Code code = finish(name, 1, 0, 0, false, false, c.kind() == Expr.CompKind.GENERATOR, c.pos().line());
        unit = outer;
        makeFunction(code, scope, Arguments.empty());
        expr(c.generators().getFirst().iter());
        unit.emit(GET_ITER, 0);
        unit.emit(CALL, 1);
    }

    private void comprehensionLoop(Expr.Comp c, int level) {
        Expr.Comprehension g = c.generators().get(level);
        if (level == 0) {
            unit.emit(LOAD_FAST, 0);
        } else {
            expr(g.iter());
            unit.emit(GET_ITER, 0);
        }
        int start = unit.here();
        int forIter = unit.emit(FOR_ITER, 0);
        store(g.target());
        List<Integer> skips = new ArrayList<>();
        for (Expr test : g.ifs()) {
            expr(test);
            skips.add(unit.emit(POP_JUMP_IF_FALSE, start));
        }
        if (level + 1 < c.generators().size()) {
            comprehensionLoop(c, level + 1);
        } else {
            int depth = c.generators().size() + 1;
            switch (c.kind()) {
                case LIST -> {
                    expr(c.elt());
                    unit.emit(LIST_APPEND, depth);
                }
                case SET -> {
                    expr(c.elt());
                    unit.emit(SET_ADD, depth);
                }
                case DICT -> {
                    expr(c.elt());
                    expr(c.value());
                    unit.emit(MAP_ADD, depth);
                }
                case GENERATOR -> {
                    expr(c.elt());
                    unit.emit(YIELD_VALUE, 0);
                    unit.emit(POP_TOP, 0);
                }
            }
        }
        unit.emit(JUMP, start);
        unit.patch(forIter, unit.here());
    }

    /** The deepest the value stack gets, found by walking every path through the instructions. */
    public static final class StackDepth {
        private StackDepth() {
        }

        static int compute(int[] ops) {
            int max = 0;
            int[] depths = depths(ops);
            for (int i = 0; i < depths.length; i++) {
                int d = depths[i];
                max = Math.max(max, d);
                if (d >= 0 && i < ops.length / 2) {
                    max = Math.max(max, d + effect(ops[2 * i], ops[2 * i + 1]));
                }
            }
            return max + 1;
        }

        /**
         * The depth of the value stack before each instruction (the deepest when paths differ),
         * -1 for instructions no path reaches; one more entry for the end of the code.
         */
        public static int[] depths(int[] ops) {
            int n = ops.length / 2;
            int[] depth = new int[n + 1];
            Arrays.fill(depth, -1);
            Deque<Integer> work = new ArrayDeque<>();
            depth[0] = 0;
            work.push(0);
            while (!work.isEmpty()) {
                int pc = work.pop();
                int d = depth[pc];
                if (pc >= n) {
                    continue;
                }
                successors(ops[2 * pc], ops[2 * pc + 1], pc, d, (to, deep) -> visit(depth, work, to, deep));
            }
            return depth;
        }

        /**
         * Whether every path reaches each instruction with the same stack depth, as
         * {@link #depths} found it — what code that keeps the stack in fixed slots needs.
         */
        public static boolean agree(int[] ops, int[] depth) {
            boolean[] differ = new boolean[1];
            for (int pc = 0; pc < ops.length / 2; pc++) {
                if (depth[pc] >= 0) {
                    successors(ops[2 * pc], ops[2 * pc + 1], pc, depth[pc], (to, deep) -> differ[0] |= depth[to] != deep);
                }
            }
            return !differ[0];
        }

        private interface Edge {
            void to(int pc, int depth);
        }

        /** The instructions that can run after the one at {@code pc}, with the depth each starts at. */
        private static void successors(int op, int arg, int pc, int d, Edge edge) {
            int after = d + effect(op, arg);
            switch (op) {
                case JUMP -> edge.to(arg, after);
                case RETURN_VALUE, RERAISE, RAISE_VARARGS, RAISE_UNSUPPORTED -> { }
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    edge.to(arg, after);
                    edge.to(pc + 1, after);
                }
                case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                    edge.to(arg, d);
                    edge.to(pc + 1, d - 1);
                }
                case FOR_ITER -> {
                    edge.to(arg, d - 1);
                    edge.to(pc + 1, d + 1);
                }
                case SETUP_FINALLY -> {
                    edge.to(arg, d + 1);
                    edge.to(pc + 1, d);
                }
                default -> edge.to(pc + 1, after);
            }
        }

        private static void visit(int[] depth, Deque<Integer> work, int pc, int d) {
            if (d > 100_000) {
                throw new IllegalStateException("stack depth analysis diverged at instruction " + pc);
            }
            if (pc < depth.length && depth[pc] < d) {
                depth[pc] = d;
                work.push(pc);
            }
        }

        /** How many values the instruction leaves on the stack, less how many it takes. */
        public static int effect(int op, int arg) {
            return switch (op) {
                case NOP, ROT_TWO, ROT_THREE, UNARY_OP, GET_ITER, LOAD_ATTR, LIST_TO_TUPLE, POP_BLOCK,
                     POP_EXCEPT, PUSH_EXC_INFO, SETUP_FINALLY, JUMP, DELETE_NAME, DELETE_FAST, DELETE_GLOBAL, DELETE_DEREF,
                     YIELD_VALUE, CHECK_EXC_MATCH -> 0;
                case IMPORT_STAR -> -1;
                case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
                case POP_TOP, STORE_NAME, STORE_FAST, STORE_GLOBAL, STORE_DEREF, BINARY_SUBSCR, BINARY_OP, INPLACE_OP,
                     COMPARE_OP, IS_OP, CONTAINS_OP, DELETE_ATTR, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, LIST_APPEND, SET_ADD,
                     LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, RETURN_VALUE, RERAISE,
                     RAISE_UNSUPPORTED -> -1;
                case DUP_TOP, LOAD_CONST, LOAD_NAME, LOAD_GLOBAL, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF,
                     LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, IMPORT_FROM, BEFORE_WITH, LOAD_METHOD -> 1;
                case CALL_METHOD -> -arg - 1;
                case DUP_TOP_TWO -> 2;
                case STORE_ATTR, MAP_ADD, DELETE_SUBSCR -> -2;
                case STORE_SUBSCR -> -3;
                case BUILD_SLICE -> 1 - arg;
                case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
                case BUILD_MAP -> 1 - 2 * arg;
                case UNPACK_SEQUENCE -> arg - 1;
                case UNPACK_EX -> (arg & 0xFFFF) + (arg >> 16);
                case CALL -> -arg;
                case CALL_KW -> -arg - 1;
                case CALL_EX -> -1 - arg;
                case MAKE_FUNCTION -> -Integer.bitCount(arg);
                case IMPORT_NAME -> -1;
                case RAISE_VARARGS -> -arg;
                case WITH_EXIT -> arg == 0 ? -1 : 1;
                default -> 0;
            };
        }
    }
}
