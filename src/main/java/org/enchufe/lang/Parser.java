package org.enchufe.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.ast.Arguments;
import org.enchufe.lang.ast.Expr;
import org.enchufe.lang.ast.Operator;
import org.enchufe.lang.ast.Pos;
import org.enchufe.lang.ast.Stmt;

/**
 * Recursive descent over the tokens, one method per rule of Python's grammar, from statements
 * down to atoms. Errors are CPython 3.11's SyntaxErrors for the mistakes students make most.
 */
public final class Parser {

    private final List<Token> tokens;
    private int current;
    private int bracketDepth;
    /**
     * How deep the rules that call themselves (an expression inside a conditional expression, a
     * lambda, a unary operator, {@code not}, {@code **}, {@code elif}, a block) are nested now.
     * CPython's parser gives up with a bare MemoryError past 6000 levels of its rules (MAXSTACK):
     * 5967 minus signs in {@code x = -…-1} parse, 5968 do not; one level here per such rule matches
     * that. Brackets are limited before, by the lexer.
     */
    private int level;
    static final int MAX_LEVEL = 5968;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static List<Stmt> parse(String source) {
        return new Parser(Lexer.tokenize(source)).file();
    }

    /** Parses one expression on its own, as an f-string's replacement field is parsed. */
    static Expr parseExpression(String source, int lineOffset, int colOffset) {
        List<Token> raw = Lexer.tokenize("(" + source + ")");
        List<Token> shifted = new ArrayList<>(raw.size());
        for (Token t : raw) {
            int dc = t.line() == 1 ? colOffset - 1 : 0;
            int edc = t.endLine() == 1 ? colOffset - 1 : 0;
            shifted.add(new Token(t.type(), t.text(), t.value(), t.line() + lineOffset - 1, t.col() + dc,
                    t.endLine() + lineOffset - 1, t.endCol() + edc));
        }
        Parser parser = new Parser(shifted);
        Expr expr = parser.starExpressions();
        if (parser.peek().type() != TokenType.NEWLINE && parser.peek().type() != TokenType.ENDMARKER) {
            throw parser.error("f-string: invalid syntax", parser.peek());
        }
        return expr;
    }

    // ---------------------------------------------------------------- statements

    private List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (!check(TokenType.ENDMARKER)) {
            if (check(TokenType.INDENT)) {
                throw indentationError("unexpected indent", peek());
            }
            if (check(TokenType.NEWLINE)) {
                advance();
                continue;
            }
            statement(body);
        }
        return body;
    }

    private void statement(List<Stmt> into) {
        Token t = peek();
        if (t.type() == TokenType.KEYWORD) {
            switch (t.text()) {
                case "if" -> { into.add(ifStatement()); return; }
                case "while" -> { into.add(whileStatement()); return; }
                case "for" -> { into.add(forStatement()); return; }
                case "try" -> { into.add(tryStatement()); return; }
                case "with" -> { into.add(withStatement()); return; }
                case "def" -> { into.add(functionDef(List.of())); return; }
                case "class" -> { into.add(classDef(List.of())); return; }
                case "async" -> throw error("'async' is not supported by Enchufe's Python", t);
                default -> { }
            }
        }
        if (t.isOp("@")) {
            into.add(decorated());
            return;
        }
        simpleStatements(into);
    }

    private void simpleStatements(List<Stmt> into) {
        while (true) {
            into.add(simpleStatement());
            if (matchOp(";")) {
                if (check(TokenType.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!check(TokenType.NEWLINE)) {
            throw invalidSyntaxAt(peek());
        }
        advance();
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.type() == TokenType.KEYWORD) {
            switch (t.text()) {
                case "pass" -> { advance(); return new Stmt.Pass(pos(t)); }
                case "break" -> { advance(); return new Stmt.Break(pos(t)); }
                case "continue" -> { advance(); return new Stmt.Continue(pos(t)); }
                case "return" -> { return returnStatement(); }
                case "raise" -> { return raiseStatement(); }
                case "global", "nonlocal" -> { return globalStatement(); }
                case "import" -> { return importStatement(); }
                case "from" -> { return fromImport(); }
                case "assert" -> { return assertStatement(); }
                case "del" -> { return delStatement(); }
                default -> { }
            }
        }
        if (t.type() == TokenType.NAME && t.text().equals("print") && startsExpression(peekAt(1))
                && !peekAt(1).isOp("(") && !peekAt(1).isOp("[") && !peekAt(1).isOp("-") && !peekAt(1).isOp("+")
                && !peekAt(1).isOp("*") && !peekAt(1).isOp("~")) {
            Token last = peek();
            int i = current;
            while (tokens.get(i).type() != TokenType.NEWLINE && tokens.get(i).type() != TokenType.ENDMARKER) {
                last = tokens.get(i++);
            }
            throw new PySyntaxError("SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?",
                    t.line(), t.col() + 1, last.endCol() + 1);
        }
        return expressionStatement();
    }

    private Stmt expressionStatement() {
        Token start = peek();
        Expr first = check(TokenType.KEYWORD, "yield") ? yieldExpression() : starExpressions();
        if (matchOp(":")) {
            return annotatedAssignment(start, first);
        }
        Token op = peek();
        if (op.type() == TokenType.OP && op.text().length() >= 2 && op.text().endsWith("=")
                && !op.text().equals("==") && !op.text().equals("<=") && !op.text().equals(">=") && !op.text().equals("!=")) {
            Operator operator = Operator.ofSymbol(op.text().substring(0, op.text().length() - 1));
            if (operator == null) {
                // ':=' as a statement, or anything else that only looks like an augmented assignment.
                throw new PySyntaxError("SyntaxError", "invalid syntax", op.line(), op.col() + 1, op.col() + 1 + op.text().length());
            }
            advance();
            checkAugTarget(first);
            Expr value = check(TokenType.KEYWORD, "yield") ? yieldExpression() : starExpressions();
            return new Stmt.AugAssign(first, operator, value, span(start, previous()));
        }
        if (!checkOp("=")) {
            if (first instanceof Expr.Starred s) {
                throw new PySyntaxError("can't use starred expression here", s.pos().line(), s.pos().col() + 1);
            }
            return new Stmt.ExprStmt(first, span(start, previous()));
        }
        List<Expr> targets = new ArrayList<>();
        Expr value = first;
        while (matchOp("=")) {
            checkAssignTarget(value, true);
            targets.add(value);
            value = check(TokenType.KEYWORD, "yield") ? yieldExpression() : starExpressions();
        }
        return new Stmt.Assign(targets, value, span(start, previous()));
    }

    private Stmt annotatedAssignment(Token start, Expr target) {
        if (!(target instanceof Expr.Name) && !(target instanceof Expr.Attribute) && !(target instanceof Expr.Subscript)) {
            String what = target instanceof Expr.Tuple ? "tuple" : target instanceof Expr.ListExpr ? "list" : "expression";
            throw new PySyntaxError("only single target (not " + what + ") can be annotated", target.pos().line(),
                    target.pos().col() + 1);
        }
        Expr annotation = expression();
        Expr value = null;
        if (matchOp("=")) {
            value = check(TokenType.KEYWORD, "yield") ? yieldExpression() : starExpressions();
        }
        return new Stmt.AnnAssign(target, annotation, value, span(start, previous()));
    }

    private void checkAugTarget(Expr target) {
        switch (target) {
            case Expr.Name n -> checkAssignTarget(n, false);
            case Expr.Attribute a -> { }
            case Expr.Subscript s -> { }
            default -> throw new PySyntaxError("SyntaxError", "'" + describe(target)
                    + "' is an illegal expression for augmented assignment", target.pos().line(), target.pos().col() + 1,
                    target.pos().endCol() + 1);
        }
    }

    /** Rejects what cannot be assigned to, with CPython's wording. */
    private void checkAssignTarget(Expr target, boolean suggestComparison) {
        String hint = suggestComparison ? " here. Maybe you meant '==' instead of '='?" : "";
        switch (target) {
            case Expr.Name n -> {
                if (n.id().equals("__debug__")) {
                    throw targetError(target, "cannot assign to __debug__");
                }
            }
            case Expr.Attribute a -> { }
            case Expr.Subscript s -> { }
            case Expr.Starred s -> checkAssignTarget(s.value(), suggestComparison);
            case Expr.Tuple t -> t.elts().forEach(e -> checkAssignTarget(e, suggestComparison));
            case Expr.ListExpr l -> l.elts().forEach(e -> checkAssignTarget(e, suggestComparison));
            case Expr.Constant c when c.value() instanceof Boolean || c.value() == Expr.Special.NONE ->
                    throw targetError(target, "cannot assign to " + constantName(c.value()));
            case Expr.Constant c when c.value() == Expr.Special.ELLIPSIS ->
                    throw targetError(target, "cannot assign to ellipsis" + hint);
            case Expr.Yield y -> throw targetError(target, "assignment to yield expression not possible");
            case Expr.YieldFrom y -> throw targetError(target, "assignment to yield expression not possible");
            case Expr.NamedExpr ne -> throw targetError(target, "cannot assign to named expression" + hint);
            default -> throw targetError(target, "cannot assign to " + describe(target) + hint);
        }
    }

    private static String constantName(Object value) {
        return value == Expr.Special.NONE ? "None" : value.equals(Boolean.TRUE) ? "True" : "False";
    }

    private static PySyntaxError targetError(Expr target, String message) {
        Pos p = target.pos();
        return new PySyntaxError("SyntaxError", message, p.line(), p.col() + 1, p.line() == p.endLine() ? p.endCol() + 1 : 0);
    }

    /** The name CPython gives an expression in "cannot assign to …" messages. */
    private static String describe(Expr e) {
        return switch (e) {
            case Expr.Call c -> "function call";
            case Expr.Constant c -> "literal";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.Compare c -> "comparison";
            case Expr.BoolOp b -> "expression";
            case Expr.Lambda l -> "lambda";
            case Expr.IfExp i -> "conditional expression";
            case Expr.Comp c -> switch (c.kind()) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                case GENERATOR -> "generator expression";
            };
            case Expr.DictExpr d -> "dict literal";
            case Expr.SetExpr s -> "set display";
            case Expr.Tuple t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.Await a -> "await expression";
            default -> "expression";
        };
    }

    private Stmt returnStatement() {
        Token start = advance();
        Expr value = null;
        if (!check(TokenType.NEWLINE) && !checkOp(";")) {
            value = starExpressions();
        }
        return new Stmt.Return(value, span(start, previous()));
    }

    private Stmt raiseStatement() {
        Token start = advance();
        Expr exc = null;
        Expr cause = null;
        if (!check(TokenType.NEWLINE) && !checkOp(";")) {
            exc = expression();
            if (match(TokenType.KEYWORD, "from")) {
                cause = expression();
            }
        }
        return new Stmt.Raise(exc, cause, span(start, previous()));
    }

    private Stmt globalStatement() {
        Token start = advance();
        List<String> names = new ArrayList<>();
        do {
            names.add(consumeName().text());
        } while (matchOp(","));
        Pos pos = span(start, previous());
        return start.text().equals("global") ? new Stmt.Global(names, pos) : new Stmt.Nonlocal(names, pos);
    }

    private Stmt importStatement() {
        Token start = advance();
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            Token first = peek();
            String name = dottedName();
            String as = null;
            if (match(TokenType.KEYWORD, "as")) {
                as = consumeName().text();
            }
            names.add(new Stmt.Alias(name, as, span(first, previous())));
        } while (matchOp(","));
        return new Stmt.Import(names, span(start, previous()));
    }

    private Stmt fromImport() {
        Token start = advance();
        int level = 0;
        while (checkOp(".") || checkOp("...")) {
            level += advance().text().length();
        }
        String module = null;
        if (!check(TokenType.KEYWORD, "import")) {
            module = dottedName();
        }
        consumeKeyword("import");
        List<Stmt.Alias> names = new ArrayList<>();
        if (checkOp("*")) {
            Token star = advance();
            names.add(new Stmt.Alias("*", null, pos(star)));
        } else {
            boolean parenthesised = matchOp("(");
            if (parenthesised) {
                bracketDepth++;
            }
            do {
                if (parenthesised && checkOp(")")) {
                    break;
                }
                Token first = consumeName();
                String as = null;
                if (match(TokenType.KEYWORD, "as")) {
                    as = consumeName().text();
                }
                names.add(new Stmt.Alias(first.text(), as, span(first, previous())));
            } while (matchOp(","));
            if (parenthesised) {
                consumeOp(")");
                bracketDepth--;
            } else if (previous().isOp(",")) {
                throw new PySyntaxError("trailing comma not allowed without surrounding parentheses", previous().line(),
                        previous().col() + 1);
            }
        }
        return new Stmt.ImportFrom(module, names, level, span(start, previous()));
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(consumeName().text());
        while (matchOp(".")) {
            name.append('.').append(consumeName().text());
        }
        return name.toString();
    }

    private Stmt assertStatement() {
        Token start = advance();
        Expr test = expression();
        Expr msg = null;
        if (matchOp(",")) {
            msg = expression();
        }
        return new Stmt.Assert(test, msg, span(start, previous()));
    }

    private Stmt delStatement() {
        Token start = advance();
        List<Expr> targets = new ArrayList<>();
        do {
            if (check(TokenType.NEWLINE) || checkOp(";")) {
                break;
            }
            Expr target = bitwiseOr();
            checkDelTarget(target);
            targets.add(target);
        } while (matchOp(","));
        if (targets.isEmpty()) {
            throw invalidSyntaxAt(peek());
        }
        return new Stmt.Delete(targets, span(start, previous()));
    }

    private void checkDelTarget(Expr target) {
        switch (target) {
            case Expr.Name n -> { }
            case Expr.Attribute a -> { }
            case Expr.Subscript s -> { }
            case Expr.Tuple t -> t.elts().forEach(this::checkDelTarget);
            case Expr.ListExpr l -> l.elts().forEach(this::checkDelTarget);
            default -> throw targetError(target, "cannot delete " + describe(target));
        }
    }

    // ---------------------------------------------------------------- compound statements

    private List<Stmt> block(Token header) {
        enter();
        try {
            return blockBody(header);
        } finally {
            level--;
        }
    }

    private void enter() {
        if (++level > MAX_LEVEL) {
            throw PySyntaxError.unlocated("MemoryError", "");
        }
    }

    private List<Stmt> blockBody(Token header) {
        if (!matchOp(":")) {
            throw expectedColon();
        }
        List<Stmt> body = new ArrayList<>();
        if (match(TokenType.NEWLINE)) {
            if (!match(TokenType.INDENT)) {
                throw indentationError("expected an indented block after " + headerDescription(header) + " on line "
                        + header.line(), peek());
            }
            while (!check(TokenType.DEDENT) && !check(TokenType.ENDMARKER)) {
                if (check(TokenType.INDENT)) {
                    throw indentationError("unexpected indent", peek());
                }
                statement(body);
            }
            match(TokenType.DEDENT);
        } else {
            simpleStatements(body);
        }
        return body;
    }

    private static String headerDescription(Token header) {
        return switch (header.text()) {
            case "def" -> "function definition";
            case "class" -> "class definition";
            case "elif" -> "'elif' statement";
            case "else" -> "'else' statement";
            case "try" -> "'try' statement";
            case "except" -> "'except' statement";
            case "finally" -> "'finally' statement";
            case "with" -> "'with' statement";
            case "for" -> "'for' statement";
            case "while" -> "'while' statement";
            default -> "'" + header.text() + "' statement";
        };
    }

    private PySyntaxError expectedColon() {
        Token before = previous();
        Token at = peek();
        if (at.type() == TokenType.NEWLINE || at.type() == TokenType.ENDMARKER) {
            return new PySyntaxError("expected ':'", before.endLine(), before.endCol() + 1);
        }
        return invalidSyntaxAt(at);
    }

    private Stmt ifStatement() {
        Token start = advance();
        Expr test = namedExpression();
        List<Stmt> body = block(start);
        List<Stmt> orelse = List.of();
        if (check(TokenType.KEYWORD, "elif")) {
            enter();
            orelse = List.of(ifStatement());
            level--;
        } else if (check(TokenType.KEYWORD, "else")) {
            orelse = block(advance());
        }
        return new Stmt.If(test, body, orelse, span(start, previous()));
    }

    private Stmt whileStatement() {
        Token start = advance();
        Expr test = namedExpression();
        List<Stmt> body = block(start);
        List<Stmt> orelse = List.of();
        if (check(TokenType.KEYWORD, "else")) {
            orelse = block(advance());
        }
        return new Stmt.While(test, body, orelse, span(start, previous()));
    }

    private Stmt forStatement() {
        Token start = advance();
        Expr target = targetList();
        checkAssignTarget(target, false);
        consumeKeyword("in");
        Expr iter = starExpressions();
        List<Stmt> body = block(start);
        List<Stmt> orelse = List.of();
        if (check(TokenType.KEYWORD, "else")) {
            orelse = block(advance());
        }
        return new Stmt.For(target, iter, body, orelse, span(start, previous()));
    }

    /** The targets of a for loop or comprehension: stops before 'in'. */
    private Expr targetList() {
        Token start = peek();
        List<Expr> elts = new ArrayList<>();
        boolean comma = false;
        while (true) {
            elts.add(checkOp("*") ? starred(this::bitwiseOr) : bitwiseOr());
            if (!matchOp(",")) {
                break;
            }
            comma = true;
            if (check(TokenType.KEYWORD, "in")) {
                break;
            }
        }
        return comma ? new Expr.Tuple(elts, span(start, previous())) : elts.getFirst();
    }

    private Stmt tryStatement() {
        Token start = advance();
        List<Stmt> body = block(start);
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        while (check(TokenType.KEYWORD, "except")) {
            Token except = advance();
            if (checkOp("*")) {
                throw error("'except*' is not supported by Enchufe's Python", peek());
            }
            Expr type = null;
            String name = null;
            if (!checkOp(":")) {
                type = expression();
                if (checkOp(",")) {
                    Token comma = peek();
                    List<Expr> types = new ArrayList<>(List.of(type));
                    while (matchOp(",")) {
                        types.add(expression());
                    }
                    throw new PySyntaxError("SyntaxError", "multiple exception types must be parenthesized",
                            type.pos().line(), type.pos().col() + 1, previous().endCol() + 1 + 0 * comma.col());
                }
                if (match(TokenType.KEYWORD, "as")) {
                    name = consumeName().text();
                }
            }
            List<Stmt> handlerBody = block(except);
            handlers.add(new Stmt.ExceptHandler(type, name, handlerBody, span(except, previous())));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && check(TokenType.KEYWORD, "else")) {
            orelse = block(advance());
        }
        List<Stmt> finalbody = List.of();
        if (check(TokenType.KEYWORD, "finally")) {
            finalbody = block(advance());
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            Token at = peek();
            throw new PySyntaxError("SyntaxError", "expected 'except' or 'finally' block", at.line(), at.col() + 1,
                    at.line() == at.endLine() ? at.endCol() + 1 : 0);
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, span(start, previous()));
    }

    private Stmt withStatement() {
        Token start = advance();
        List<Stmt.WithItem> items = new ArrayList<>();
        boolean parenthesised = checkOp("(") && parenthesisedWithItems();
        if (parenthesised) {
            advance();
            bracketDepth++;
        }
        do {
            if (parenthesised && checkOp(")")) {
                break;
            }
            Expr context = expression();
            Expr target = null;
            if (match(TokenType.KEYWORD, "as")) {
                target = checkOp("(") || checkOp("[") ? primary() : bitwiseOr();
                checkAssignTarget(target, false);
            }
            items.add(new Stmt.WithItem(context, target));
        } while (matchOp(","));
        if (parenthesised) {
            consumeOp(")");
            bracketDepth--;
        }
        List<Stmt> body = block(start);
        return new Stmt.With(items, body, span(start, previous()));
    }

    // "with (a as b, c as d):" — a parenthesised list of items, told apart from "with (a, b):".
    private boolean parenthesisedWithItems() {
        int depth = 0;
        for (int i = current; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
                if (depth == 0) {
                    return tokens.get(i + 1).isOp(":") && containsAsAtDepthOne(current, i);
                }
            }
        }
        return false;
    }

    private boolean containsAsAtDepthOne(int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
            } else if (depth == 1 && t.isKeyword("as")) {
                return true;
            }
        }
        return false;
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (matchOp("@")) {
            decorators.add(namedExpression());
            consume(TokenType.NEWLINE);
        }
        if (check(TokenType.KEYWORD, "def")) {
            return functionDef(decorators);
        }
        if (check(TokenType.KEYWORD, "class")) {
            return classDef(decorators);
        }
        throw invalidSyntaxAt(peek());
    }

    private Stmt functionDef(List<Expr> decorators) {
        Token start = advance();
        Token name = consumeName();
        consumeOp("(");
        bracketDepth++;
        Arguments args = parameters(")", true);
        consumeOp(")");
        bracketDepth--;
        if (matchOp("->")) {
            expression();
        }
        List<Stmt> body = block(start);
        return new Stmt.FunctionDef(name.text(), args, body, decorators, span(start, previous()));
    }

    private Stmt classDef(List<Expr> decorators) {
        Token start = advance();
        Token name = consumeName();
        List<Expr> bases = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (matchOp("(")) {
            bracketDepth++;
            callArguments(bases, keywords);
            consumeOp(")");
            bracketDepth--;
        }
        List<Stmt> body = block(start);
        return new Stmt.ClassDef(name.text(), bases, keywords, body, decorators, span(start, previous()));
    }

    /** Parameters up to {@code closer}: annotated for def, bare for lambda. */
    private Arguments parameters(String closer, boolean annotated) {
        List<Arguments.Arg> posonly = new ArrayList<>();
        List<Arguments.Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arguments.Arg vararg = null;
        List<Arguments.Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arguments.Arg kwarg = null;
        boolean star = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!checkOp(closer)) {
            if (kwarg != null) {
                throw new PySyntaxError("arguments cannot follow var-keyword argument", peek().line(), peek().col() + 1);
            }
            if (matchOp("/")) {
                if (star || !posonly.isEmpty() || args.isEmpty()) {
                    throw invalidSyntaxAt(previous());
                }
                posonly.addAll(args);
                args.clear();
            } else if (matchOp("**")) {
                kwarg = parameter(annotated, seen);
            } else if (matchOp("*")) {
                if (star) {
                    throw new PySyntaxError("* argument may appear only once", previous().line(), previous().col() + 1);
                }
                star = true;
                if (checkOp(",") || checkOp(closer)) {
                    if (checkOp(closer) || peekAt(1).isOp("**")) {
                        throw new PySyntaxError("named arguments must follow bare *", previous().line(), previous().col() + 1);
                    }
                } else {
                    vararg = parameter(annotated, seen);
                }
            } else {
                Arguments.Arg arg = parameter(annotated, seen);
                Expr def = null;
                if (matchOp("=")) {
                    def = expression();
                }
                if (star) {
                    kwonly.add(arg);
                    kwDefaults.add(def);
                } else {
                    if (def == null && !defaults.isEmpty()) {
                        throw new PySyntaxError("non-default argument follows default argument", arg.pos().line(),
                                arg.pos().col() + 1);
                    }
                    args.add(arg);
                    if (def != null) {
                        defaults.add(def);
                    }
                }
            }
            if (!matchOp(",")) {
                break;
            }
        }
        return new Arguments(posonly, args, defaults, vararg, kwonly, kwDefaults, kwarg);
    }

    private Arguments.Arg parameter(boolean annotated, java.util.Set<String> seen) {
        Token name = consumeName();
        if (!seen.add(name.text())) {
            throw new PySyntaxError("duplicate argument '" + name.text() + "' in function definition", name.line(),
                    name.col() + 1);
        }
        Expr annotation = null;
        if (annotated && matchOp(":")) {
            annotation = expression();
        }
        return new Arguments.Arg(name.text(), annotation, pos(name));
    }

    // ---------------------------------------------------------------- expressions

    /** Comma-separated expressions, a tuple when there is a comma; starred items allowed. */
    private Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!checkOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, span(start, previous()));
    }

    private Expr starExpression() {
        return checkOp("*") ? starred(this::bitwiseOr) : expression();
    }

    private Expr starred(java.util.function.Supplier<Expr> operand) {
        Token star = advance();
        Expr value = operand.get();
        return new Expr.Starred(value, span(star, previous()));
    }

    private Expr namedExpression() {
        if (check(TokenType.NAME) && peekAt(1).isOp(":=")) {
            Token name = advance();
            advance();
            Expr value = expression();
            return new Expr.NamedExpr(new Expr.Name(name.text(), pos(name)), value, span(name, previous()));
        }
        Expr e = expression();
        if (checkOp(":=")) {
            throw targetError(e, "cannot use assignment expressions with " + describe(e));
        }
        return e;
    }

    private Expr expression() {
        enter();
        try {
            return conditional();
        } finally {
            level--;
        }
    }

    private Expr conditional() {
        if (check(TokenType.KEYWORD, "lambda")) {
            return lambda();
        }
        Token start = peek();
        Expr body = disjunction();
        if (check(TokenType.KEYWORD, "if")) {
            advance();
            Expr test = disjunction();
            if (!match(TokenType.KEYWORD, "else")) {
                throw new PySyntaxError("SyntaxError", "expected 'else' after 'if' expression", start.line(), start.col() + 1,
                        previous().endCol() + 1);
            }
            Expr orelse = expression();
            return new Expr.IfExp(test, body, orelse, span(start, previous()));
        }
        return body;
    }

    private Expr lambda() {
        enter();
        Token start = advance();
        Arguments args = parameters(":", false);
        consumeOp(":");
        Expr body = expression();
        level--;
        return new Expr.Lambda(args, body, span(start, previous()));
    }

    private Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!check(TokenType.KEYWORD, "or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (match(TokenType.KEYWORD, "or")) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(false, values, span(start, previous()));
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!check(TokenType.KEYWORD, "and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (match(TokenType.KEYWORD, "and")) {
            values.add(inversion());
        }
        return new Expr.BoolOp(true, values, span(start, previous()));
    }

    private Expr inversion() {
        if (check(TokenType.KEYWORD, "not")) {
            Token start = advance();
            enter();
            Expr operand = inversion();
            level--;
            return new Expr.UnaryOp(Expr.UnaryKind.NOT, operand, span(start, previous()));
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<Expr.CmpKind> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            Expr.CmpKind op = comparisonOperator();
            if (op == null) {
                break;
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops.isEmpty() ? left : new Expr.Compare(left, ops, comparators, span(start, previous()));
    }

    private Expr.CmpKind comparisonOperator() {
        Token t = peek();
        if (t.type() == TokenType.OP) {
            Expr.CmpKind kind = switch (t.text()) {
                case "==" -> Expr.CmpKind.EQ;
                case "!=" -> Expr.CmpKind.NOTEQ;
                case "<" -> Expr.CmpKind.LT;
                case "<=" -> Expr.CmpKind.LTE;
                case ">" -> Expr.CmpKind.GT;
                case ">=" -> Expr.CmpKind.GTE;
                default -> null;
            };
            if (kind != null) {
                advance();
            }
            return kind;
        }
        if (t.isKeyword("in")) {
            advance();
            return Expr.CmpKind.IN;
        }
        if (t.isKeyword("not") && peekAt(1).isKeyword("in")) {
            advance();
            advance();
            return Expr.CmpKind.NOTIN;
        }
        if (t.isKeyword("is")) {
            advance();
            return match(TokenType.KEYWORD, "not") ? Expr.CmpKind.ISNOT : Expr.CmpKind.IS;
        }
        return null;
    }

    private Expr bitwiseOr() {
        return binary(this::bitwiseXor, "|");
    }

    private Expr bitwiseXor() {
        return binary(this::bitwiseAnd, "^");
    }

    private Expr bitwiseAnd() {
        return binary(this::shift, "&");
    }

    private Expr shift() {
        return binary(this::sum, "<<", ">>");
    }

    private Expr sum() {
        return binary(this::term, "+", "-");
    }

    private Expr term() {
        return binary(this::factor, "*", "/", "//", "%", "@");
    }

    private Expr binary(java.util.function.Supplier<Expr> operand, String... operators) {
        Token start = peek();
        Expr left = operand.get();
        while (true) {
            Token t = peek();
            if (t.type() != TokenType.OP || !java.util.Arrays.asList(operators).contains(t.text())) {
                return left;
            }
            advance();
            Expr right = operand.get();
            left = new Expr.BinOp(left, Operator.ofSymbol(t.text()), right, span(start, previous()));
        }
    }

    private Expr factor() {
        Token t = peek();
        if (t.isOp("-") || t.isOp("+") || t.isOp("~")) {
            advance();
            enter();
            Expr operand = factor();
            level--;
            Expr.UnaryKind kind = t.text().equals("-") ? Expr.UnaryKind.USUB
                    : t.text().equals("+") ? Expr.UnaryKind.UADD : Expr.UnaryKind.INVERT;
            return new Expr.UnaryOp(kind, operand, span(t, previous()));
        }
        return power();
    }

    private Expr power() {
        Token start = peek();
        if (check(TokenType.KEYWORD, "await")) {
            throw error("'await' is not supported by Enchufe's Python", peek());
        }
        Expr base = primary();
        if (matchOp("**")) {
            enter();
            Expr exponent = factor();
            level--;
            return new Expr.BinOp(base, Operator.POW, exponent, span(start, previous()));
        }
        return base;
    }

    private Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            if (matchOp(".")) {
                Token name = consumeName();
                e = new Expr.Attribute(e, name.text(), span(start, previous()));
            } else if (matchOp("(")) {
                bracketDepth++;
                List<Expr> args = new ArrayList<>();
                List<Expr.Keyword> keywords = new ArrayList<>();
                callArguments(args, keywords);
                consumeOp(")");
                bracketDepth--;
                e = new Expr.Call(e, args, keywords, span(start, previous()));
            } else if (matchOp("[")) {
                bracketDepth++;
                Expr slice = slices();
                consumeOp("]");
                bracketDepth--;
                e = new Expr.Subscript(e, slice, span(start, previous()));
            } else {
                return e;
            }
        }
    }

    private void callArguments(List<Expr> args, List<Expr.Keyword> keywords) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        while (!checkOp(")")) {
            Token start = peek();
            if (matchOp("**")) {
                Expr value = expression();
                keywords.add(new Expr.Keyword(null, value, span(start, previous())));
                sawDoubleStar = true;
            } else if (checkOp("*")) {
                Expr s = starred(this::expression);
                if (sawDoubleStar) {
                    throw new PySyntaxError("iterable argument unpacking follows keyword argument unpacking",
                            s.pos().line(), s.pos().col() + 1);
                }
                args.add(s);
            } else if (check(TokenType.NAME) && peekAt(1).isOp("=")) {
                Token name = advance();
                advance();
                Expr value = expression();
                keywords.add(new Expr.Keyword(name.text(), value, span(start, previous())));
                sawKeyword = true;
            } else {
                Expr value = namedExpression();
                if (check(TokenType.KEYWORD, "for")) {
                    value = comprehension(Expr.CompKind.GENERATOR, value, null, start);
                    if (!args.isEmpty() || !keywords.isEmpty() || checkOp(",") && !peekAt(1).isOp(")")) {
                        throw new PySyntaxError("SyntaxError", "Generator expression must be parenthesized",
                                value.pos().line(), value.pos().col() + 1,
                                value.pos().endLine() == value.pos().line() ? value.pos().endCol() + 1 : 0);
                    }
                } else if (checkOp("=")) {
                    throw targetError(value, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (sawDoubleStar) {
                    throw new PySyntaxError("positional argument follows keyword argument unpacking",
                            value.pos().line(), value.pos().col() + 1);
                }
                if (sawKeyword) {
                    throw new PySyntaxError("positional argument follows keyword argument", value.pos().line(),
                            value.pos().endCol() + 1);
                }
                args.add(value);
            }
            if (!matchOp(",")) {
                if (!checkOp(")") && startsExpression(peek())) {
                    throw forgotComma(start.line(), start.col());
                }
                break;
            }
        }
    }

    private PySyntaxError forgotComma(Expr before) {
        return forgotComma(before.pos().line(), before.pos().col());
    }

    // From the start of the expression before the missing comma to the end of the one after it.
    private PySyntaxError forgotComma(int line, int col) {
        int save = current;
        int savedLevel = level;
        Expr after;
        try {
            after = expression();
        } catch (PySyntaxError e) {
            if (!e.located()) {
                throw e;
            }
            after = null;
        }
        level = savedLevel;
        int end = after != null && after.pos().line() == line ? after.pos().endCol() : peek().endCol();
        current = save;
        return new PySyntaxError("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", line, col + 1, end + 1);
    }

    private Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!checkOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (checkOp("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.Tuple(elts, span(start, previous()));
    }

    private Expr slice() {
        Token start = peek();
        Expr lower = null;
        if (!checkOp(":")) {
            lower = checkOp("*") ? starred(this::bitwiseOr) : namedExpression();
            if (!checkOp(":")) {
                return lower;
            }
        }
        consumeOp(":");
        Expr upper = checkOp(":") || checkOp("]") || checkOp(",") ? null : expression();
        Expr step = null;
        if (matchOp(":")) {
            step = checkOp("]") || checkOp(",") ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, span(start, previous()));
    }

    private Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NAME -> {
                advance();
                return new Expr.Name(t.text(), pos(t));
            }
            case NUMBER -> {
                advance();
                return new Expr.Constant(t.value(), pos(t));
            }
            case STRING -> {
                return strings();
            }
            case KEYWORD -> {
                switch (t.text()) {
                    case "True", "False" -> {
                        advance();
                        return new Expr.Constant(t.text().equals("True"), pos(t));
                    }
                    case "None" -> {
                        advance();
                        return new Expr.Constant(Expr.Special.NONE, pos(t));
                    }
                    case "yield" -> throw invalidSyntaxAt(t);
                    default -> throw invalidSyntaxAt(t);
                }
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> { return parenthesised(); }
                    case "[" -> { return listDisplay(); }
                    case "{" -> { return braceDisplay(); }
                    case "..." -> {
                        advance();
                        return new Expr.Constant(Expr.Special.ELLIPSIS, pos(t));
                    }
                    default -> throw invalidSyntaxAt(t);
                }
            }
            case INDENT -> throw indentationError("unexpected indent", t);
            default -> throw invalidSyntaxAt(t);
        }
    }

    private Expr parenthesised() {
        Token open = advance();
        bracketDepth++;
        if (matchOp(")")) {
            bracketDepth--;
            return new Expr.Tuple(List.of(), span(open, previous()));
        }
        if (check(TokenType.KEYWORD, "yield")) {
            Expr y = yieldExpression();
            consumeOp(")");
            bracketDepth--;
            return y;
        }
        Expr first = checkOp("*") ? starred(this::bitwiseOr) : namedExpression();
        if (check(TokenType.KEYWORD, "for")) {
            Expr gen = comprehension(Expr.CompKind.GENERATOR, first, null, open);
            consumeOp(")");
            bracketDepth--;
            return withPos(gen, span(open, previous()));
        }
        if (matchOp(")")) {
            bracketDepth--;
            if (first instanceof Expr.Starred s) {
                throw new PySyntaxError("cannot use starred expression here", s.pos().line(), s.pos().col() + 1);
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        if (!checkOp(",") && startsExpression(peek())) {
            throw forgotComma(first);
        }
        while (matchOp(",")) {
            if (checkOp(")")) {
                break;
            }
            Expr element = checkOp("*") ? starred(this::bitwiseOr) : namedExpression();
            elts.add(element);
            if (!checkOp(",") && !checkOp(")") && startsExpression(peek())) {
                throw forgotComma(element);
            }
        }
        consumeOp(")");
        bracketDepth--;
        return new Expr.Tuple(elts, span(open, previous()));
    }

    private Expr yieldExpression() {
        Token start = advance();
        if (match(TokenType.KEYWORD, "from")) {
            Expr value = expression();
            return new Expr.YieldFrom(value, span(start, previous()));
        }
        Expr value = null;
        if (startsExpression(peek()) || checkOp("*")) {
            value = starExpressions();
        }
        return new Expr.Yield(value, span(start, previous()));
    }

    private Expr listDisplay() {
        Token open = advance();
        bracketDepth++;
        List<Expr> elts = new ArrayList<>();
        if (!checkOp("]")) {
            Expr first = checkOp("*") ? starred(this::bitwiseOr) : namedExpression();
            if (check(TokenType.KEYWORD, "for")) {
                Expr comp = comprehension(Expr.CompKind.LIST, first, null, open);
                consumeOp("]");
                bracketDepth--;
                return withPos(comp, span(open, previous()));
            }
            elts.add(first);
            if (!checkOp(",") && !checkOp("]") && startsExpression(peek())) {
                throw forgotComma(first);
            }
            while (matchOp(",")) {
                if (checkOp("]")) {
                    break;
                }
                Expr element = checkOp("*") ? starred(this::bitwiseOr) : namedExpression();
                elts.add(element);
                if (!checkOp(",") && !checkOp("]") && startsExpression(peek())) {
                    throw forgotComma(element);
                }
            }
        }
        consumeOp("]");
        bracketDepth--;
        return new Expr.ListExpr(elts, span(open, previous()));
    }

    private Expr braceDisplay() {
        Token open = advance();
        bracketDepth++;
        if (matchOp("}")) {
            bracketDepth--;
            return new Expr.DictExpr(List.of(), List.of(), span(open, previous()));
        }
        if (matchOp("**")) {
            return dictDisplay(open, null, bitwiseOr());
        }
        Expr first = checkOp("*") ? starred(this::bitwiseOr) : namedExpression();
        if (matchOp(":")) {
            Expr value = dictValue();
            if (check(TokenType.KEYWORD, "for")) {
                Expr comp = comprehension(Expr.CompKind.DICT, first, value, open);
                consumeOp("}");
                bracketDepth--;
                return withPos(comp, span(open, previous()));
            }
            return dictDisplay(open, first, value);
        }
        if (check(TokenType.KEYWORD, "for")) {
            Expr comp = comprehension(Expr.CompKind.SET, first, null, open);
            consumeOp("}");
            bracketDepth--;
            return withPos(comp, span(open, previous()));
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (checkOp("}")) {
                break;
            }
            elts.add(checkOp("*") ? starred(this::bitwiseOr) : namedExpression());
        }
        consumeOp("}");
        bracketDepth--;
        return new Expr.SetExpr(elts, span(open, previous()));
    }

    /** A dict display's value, after its key's ':' — with CPython's messages for what cannot be one. */
    private Expr dictValue() {
        Token colon = previous();
        if (checkOp("}") || checkOp(",")) {
            throw new PySyntaxError("expression expected after dictionary key and ':'", colon.line(), colon.col() + 1);
        }
        if (checkOp("*")) {
            Expr starred = starred(this::bitwiseOr);
            throw new PySyntaxError("SyntaxError", "cannot use a starred expression in a dictionary value",
                    starred.pos().line(), starred.pos().col() + 1, starred.pos().endCol() + 1);
        }
        return expression();
    }

    private Expr dictDisplay(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        keys.add(firstKey);
        values.add(firstValue);
        while (matchOp(",")) {
            if (checkOp("}")) {
                break;
            }
            if (matchOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr key = expression();
                if (!matchOp(":")) {
                    // CPython points at the key's last character.
                    throw new PySyntaxError("':' expected after dictionary key", key.pos().endLine(), key.pos().endCol());
                }
                keys.add(key);
                values.add(dictValue());
            }
        }
        consumeOp("}");
        bracketDepth--;
        return new Expr.DictExpr(keys, values, span(open, previous()));
    }

    private Expr comprehension(Expr.CompKind kind, Expr elt, Expr value, Token start) {
        if (elt instanceof Expr.Starred s) {
            throw new PySyntaxError("iterable unpacking cannot be used in comprehension", s.pos().line(), s.pos().col() + 1);
        }
        List<Expr.Comprehension> generators = new ArrayList<>();
        while (check(TokenType.KEYWORD, "for")) {
            advance();
            Expr target = targetList();
            checkAssignTarget(target, false);
            consumeKeyword("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (match(TokenType.KEYWORD, "if")) {
                ifs.add(disjunction());
            }
            generators.add(new Expr.Comprehension(target, iter, ifs));
        }
        if (check(TokenType.KEYWORD, "async")) {
            throw error("'async' is not supported by Enchufe's Python", peek());
        }
        return new Expr.Comp(kind, elt, value, generators, span(start, previous()));
    }

    private static Expr withPos(Expr comp, Pos pos) {
        Expr.Comp c = (Expr.Comp) comp;
        return new Expr.Comp(c.kind(), c.elt(), c.value(), c.generators(), pos);
    }

    // Adjacent string literals are one literal: str with str (and f-strings), bytes with bytes.
    private Expr strings() {
        Token first = peek();
        List<Token> parts = new ArrayList<>();
        while (check(TokenType.STRING)) {
            parts.add(advance());
        }
        Pos pos = span(first, previous());
        boolean anyBytes = false;
        boolean anyText = false;
        boolean anyF = false;
        for (Token part : parts) {
            StringLiteral lit = (StringLiteral) part.value();
            anyBytes |= lit.kind() == StringLiteral.Kind.BYTES;
            anyText |= lit.kind() != StringLiteral.Kind.BYTES;
            anyF |= lit.kind() == StringLiteral.Kind.FSTRING;
        }
        if (anyBytes && anyText) {
            throw new PySyntaxError("cannot mix bytes and nonbytes literals", first.line(), first.col() + 1);
        }
        if (anyBytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (Token part : parts) {
                out.writeBytes(((StringLiteral) part.value()).bytes());
            }
            return new Expr.Constant(new Expr.Bytes(out.toByteArray()), pos);
        }
        if (!anyF) {
            StringBuilder text = new StringBuilder();
            for (Token part : parts) {
                text.append(((StringLiteral) part.value()).text());
            }
            return new Expr.Constant(text.toString(), pos);
        }
        List<Expr> values = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Token part : parts) {
            StringLiteral lit = (StringLiteral) part.value();
            if (lit.kind() == StringLiteral.Kind.STR) {
                pending.append(lit.text());
                continue;
            }
            for (Expr piece : new FStringParser(lit, part).parse()) {
                if (piece instanceof Expr.Constant c) {
                    pending.append((String) c.value());
                } else {
                    if (!pending.isEmpty()) {
                        values.add(new Expr.Constant(pending.toString(), pos));
                        pending.setLength(0);
                    }
                    values.add(piece);
                }
            }
        }
        if (!pending.isEmpty()) {
            values.add(new Expr.Constant(pending.toString(), pos));
        }
        return new Expr.JoinedStr(values, pos);
    }

    // ---------------------------------------------------------------- helpers

    private static boolean startsExpression(Token t) {
        return switch (t.type()) {
            case NAME, NUMBER, STRING -> true;
            case KEYWORD -> switch (t.text()) {
                case "True", "False", "None", "lambda", "not", "await", "yield" -> true;
                default -> false;
            };
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "...", "*" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    private Token peek() {
        return tokens.get(current);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(current + ahead, tokens.size() - 1));
    }

    private Token previous() {
        return tokens.get(current - 1);
    }

    private Token advance() {
        Token t = tokens.get(current);
        if (t.type() != TokenType.ENDMARKER) {
            current++;
        }
        return t;
    }

    private boolean check(TokenType type) {
        return peek().type() == type;
    }

    private boolean check(TokenType type, String text) {
        return peek().is(type, text);
    }

    private boolean checkOp(String op) {
        return peek().isOp(op);
    }

    private boolean match(TokenType type) {
        if (check(type)) {
            advance();
            return true;
        }
        return false;
    }

    private boolean match(TokenType type, String text) {
        if (check(type, text)) {
            advance();
            return true;
        }
        return false;
    }

    private boolean matchOp(String op) {
        return match(TokenType.OP, op);
    }

    private Token consume(TokenType type) {
        if (!check(type)) {
            throw invalidSyntaxAt(peek());
        }
        return advance();
    }

    private Token consumeName() {
        return consume(TokenType.NAME);
    }

    private void consumeOp(String op) {
        if (!checkOp(op)) {
            throw invalidSyntaxAt(peek());
        }
        advance();
    }

    private void consumeKeyword(String keyword) {
        if (!check(TokenType.KEYWORD, keyword)) {
            throw invalidSyntaxAt(peek());
        }
        advance();
    }

    private PySyntaxError invalidSyntaxAt(Token t) {
        if (t.type() == TokenType.INDENT) {
            return indentationError("unexpected indent", t);
        }
        if (t.type() == TokenType.DEDENT && t.col() > 0) {
            return indentationError("unindent does not match any outer indentation level", t);
        }
        if (t.type() == TokenType.NEWLINE || t.type() == TokenType.ENDMARKER) {
            return new PySyntaxError("invalid syntax", t.line(), t.col() + 1);
        }
        return new PySyntaxError("SyntaxError", "invalid syntax", t.line(), t.col() + 1,
                t.line() == t.endLine() ? t.endCol() + 1 : 0);
    }

    private PySyntaxError indentationError(String message, Token t) {
        return new PySyntaxError("IndentationError", message, t.line(), t.col() + 1, 0);
    }

    private PySyntaxError error(String message, Token t) {
        return new PySyntaxError(message, t.line(), t.col() + 1);
    }

    private static Pos pos(Token t) {
        return new Pos(t.line(), t.col(), t.endLine(), t.endCol());
    }

    private static Pos span(Token start, Token end) {
        return new Pos(start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** Splits an f-string body into literal text and {expression!conversion:spec} fields. */
    private static final class FStringParser {
        private final String body;
        private final boolean raw;
        private final Token token;
        private final int baseLine;
        private final int baseCol;
        private int i;

        FStringParser(StringLiteral literal, Token token) {
            this.body = literal.text();
            this.raw = literal.raw();
            this.token = token;
            this.baseLine = literal.bodyLine();
            this.baseCol = literal.bodyCol();
        }

        List<Expr> parse() {
            return parts(false, 0);
        }

        private List<Expr> parts(boolean inSpec, int depth) {
            List<Expr> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '{') {
                    if (!inSpec && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                        literal.append('{');
                        i += 2;
                        continue;
                    }
                    flush(literal, parts);
                    parts.add(field(depth));
                } else if (c == '}') {
                    if (inSpec) {
                        break;
                    }
                    if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
                        literal.append('}');
                        i += 2;
                        continue;
                    }
                    throw fail("f-string: single '}' is not allowed");
                } else {
                    int start = i;
                    while (i < body.length() && body.charAt(i) != '{' && body.charAt(i) != '}') {
                        i++;
                    }
                    String chunk = body.substring(start, i);
                    literal.append(raw ? chunk : Lexer.decodeStr(chunk, token.line(), token.col()));
                }
            }
            flush(literal, parts);
            return parts;
        }

        private void flush(StringBuilder literal, List<Expr> parts) {
            if (!literal.isEmpty()) {
                parts.add(new Expr.Constant(literal.toString(), pos(token)));
                literal.setLength(0);
            }
        }

        // We are at the '{' of a replacement field.
        private Expr field(int depth) {
            if (depth >= 2) {
                throw fail("f-string: expressions nested too deeply");
            }
            int open = i;
            i++;
            int start = i;
            int nesting = 0;
            char quote = 0;
            while (i < body.length()) {
                char c = body.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '(' || c == '[' || c == '{') {
                    nesting++;
                } else if (c == ')' || c == ']' || (c == '}' && nesting > 0)) {
                    nesting--;
                } else if (nesting == 0 && (c == '}' || c == ':' || c == '!' && (i + 1 >= body.length() || body.charAt(i + 1) != '='))) {
                    break;
                } else if (c == '\\') {
                    throw fail("f-string expression part cannot include a backslash");
                } else if (c == '#') {
                    throw fail("f-string expression part cannot include '#'");
                }
                i++;
            }
            if (i >= body.length()) {
                throw fail(quote != 0 ? "f-string: unterminated string" : "f-string: expecting '}'");
            }
            String source = body.substring(start, i);
            String selfDoc = null;
            String trimmed = source.stripTrailing();
            if (trimmed.endsWith("=") && !trimmed.endsWith("==") && !trimmed.endsWith("!=") && !trimmed.endsWith("<=")
                    && !trimmed.endsWith(">=")) {
                selfDoc = source;
                source = trimmed.substring(0, trimmed.length() - 1);
            }
            if (source.isBlank()) {
                throw fail("f-string: empty expression not allowed");
            }
            Expr value = parseExpression(source, baseLine + lines(body.substring(0, start)), columnOf(start));
            int conversion = -1;
            if (body.charAt(i) == '!') {
                i++;
                if (i >= body.length()) {
                    throw fail("f-string: expecting '}'");
                }
                char conv = body.charAt(i);
                if (conv != 's' && conv != 'r' && conv != 'a') {
                    throw fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
                conversion = conv;
                i++;
            }
            Expr spec = null;
            if (i < body.length() && body.charAt(i) == ':') {
                i++;
                List<Expr> specParts = parts(true, depth + 1);
                spec = new Expr.JoinedStr(specParts, pos(token));
            }
            if (i >= body.length() || body.charAt(i) != '}') {
                throw fail("f-string: expecting '}'");
            }
            i++;
            if (selfDoc != null && conversion == -1 && spec == null) {
                conversion = 'r';
            }
            Expr field = new Expr.FormattedValue(value, conversion, spec, pos(token));
            if (selfDoc != null) {
                return new Expr.JoinedStr(List.of(new Expr.Constant(selfDoc, pos(token)), field), pos(token));
            }
            return field;
        }

        private static int lines(String text) {
            return (int) text.chars().filter(ch -> ch == '\n').count();
        }

        private int columnOf(int index) {
            int lastNewline = body.lastIndexOf('\n', index - 1);
            return lastNewline < 0 ? baseCol + index : index - lastNewline - 1;
        }

        // CPython 3.11 places f-string errors just past the string token.
        private PySyntaxError fail(String message) {
            return failAfter(message, 1);
        }

        private PySyntaxError failAfter(String message, int past) {
            return new PySyntaxError(message, token.endLine(), token.endCol() + past);
        }
    }
}
