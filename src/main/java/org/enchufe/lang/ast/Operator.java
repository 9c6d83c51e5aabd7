package org.enchufe.lang.ast;

/** Binary operators, with the symbol and the special method names Python uses for them. */
public enum Operator {
    ADD("+", "add"), SUB("-", "sub"), MULT("*", "mul"), MATMULT("@", "matmul"), TRUEDIV("/", "truediv"),
    MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"), RSHIFT(">>", "rshift"), BITOR("|", "or"),
    BITXOR("^", "xor"), BITAND("&", "and"), FLOORDIV("//", "floordiv");

    public final String symbol;
    public final String dunder;
    public final String rdunder;
    public final String idunder;

    Operator(String symbol, String name) {
        this.symbol = symbol;
        this.dunder = "__" + name + "__";
        this.rdunder = "__r" + name + "__";
        this.idunder = "__i" + name + "__";
    }

    public static Operator ofSymbol(String symbol) {
        for (Operator op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }
}
