package org.enchufe.lang;

import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;

/**
 * Prints bytecode the way {@code dis} does: line numbers, offsets, opcodes and what their
 * arguments refer to. For debugging the compiler, and for students who want to look inside.
 */
public final class Disassembler {

    private Disassembler() {
    }

    public static String disassemble(Code code) {
        StringBuilder out = new StringBuilder();
        disassemble(code, out);
        return out.toString();
    }

    private static void disassemble(Code code, StringBuilder out) {
        out.append("Disassembly of ").append(code.qualname).append(":\n");
        int lastLine = -1;
        for (int pc = 0; pc < code.length(); pc++) {
            int line = code.line(pc);
            out.append(line != lastLine ? String.format("%4d", line) : "    ");
            lastLine = line;
            int op = code.opcode(pc);
            int arg = code.arg(pc);
            out.append(String.format(" %6d %-22s %5d", pc, Opcode.name(op), arg));
            String detail = detail(code, op, arg);
            if (!detail.isEmpty()) {
                out.append(" (").append(detail).append(')');
            }
            out.append('\n');
        }
        for (PyObject c : code.consts) {
            if (c instanceof Code inner) {
                out.append('\n');
                disassemble(inner, out);
            }
        }
    }

    private static String detail(Code code, int op, int arg) {
        return switch (op) {
            case Opcode.LOAD_CONST -> code.consts[arg] instanceof Code c ? "<code " + c.name + ">"
                    : code.consts[arg] instanceof PyStr s ? PyStr.repr(s.value()) : code.consts[arg].getClass().getSimpleName();
            case Opcode.LOAD_NAME, Opcode.STORE_NAME, Opcode.DELETE_NAME, Opcode.LOAD_GLOBAL, Opcode.STORE_GLOBAL,
                 Opcode.DELETE_GLOBAL, Opcode.LOAD_ATTR, Opcode.STORE_ATTR, Opcode.DELETE_ATTR, Opcode.IMPORT_NAME,
                 Opcode.IMPORT_FROM -> code.names[arg];
            case Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.DELETE_FAST -> code.varnames[arg];
            case Opcode.LOAD_DEREF, Opcode.STORE_DEREF, Opcode.DELETE_DEREF, Opcode.LOAD_CLOSURE, Opcode.LOAD_CLASSDEREF ->
                    arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length];
            default -> Opcode.isJump(op) ? "to " + arg : "";
        };
    }
}
