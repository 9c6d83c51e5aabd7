package org.enchufe.lang.modules.re;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyIntEnumMember;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * The re module: Python's regular expressions, read by {@link Translator} and run by
 * java.util.regex over a {@link ChargedText}, with CPython 3.11's functions, flags, errors and
 * Pattern and Match objects.
 */
public final class ReModule {

    static final PyType ERROR = PyType.builtin("re", "error", ExceptionTypes.EXCEPTION)
            .withConstructor(PyException::construct);

    /** {@code re.RegexFlag}: the flags print as {@code re.IGNORECASE|re.MULTILINE}, as in CPython 3.11. */
    static final PyType REGEX_FLAG = PyIntEnumMember.flagType("re", "RegexFlag", PyIntEnumMember.FlagStyle.GLOBAL);

    /** The flags in the order re's RegexFlag defines them (the order their names are joined in), with their one-letter aliases. */
    private static final List<PyIntEnumMember> FLAGS = List.of(
            new PyIntEnumMember(REGEX_FLAG, "NOFLAG", 0),
            new PyIntEnumMember(REGEX_FLAG, "ASCII", Translator.ASCII),
            new PyIntEnumMember(REGEX_FLAG, "IGNORECASE", Translator.IGNORECASE),
            new PyIntEnumMember(REGEX_FLAG, "LOCALE", Translator.LOCALE),
            new PyIntEnumMember(REGEX_FLAG, "UNICODE", Translator.UNICODE),
            new PyIntEnumMember(REGEX_FLAG, "MULTILINE", Translator.MULTILINE),
            new PyIntEnumMember(REGEX_FLAG, "DOTALL", Translator.DOTALL),
            new PyIntEnumMember(REGEX_FLAG, "VERBOSE", Translator.VERBOSE),
            new PyIntEnumMember(REGEX_FLAG, "TEMPLATE", Translator.TEMPLATE),
            new PyIntEnumMember(REGEX_FLAG, "DEBUG", 128));
    /** The flags by bit, as a Pattern's repr (sre's C code, not RegexFlag) names them. */
    private static final String[] FLAG_NAMES = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII"};
    private static final Map<String, String> ALIASES = Map.of("A", "ASCII", "I", "IGNORECASE", "L", "LOCALE", "U", "UNICODE",
            "M", "MULTILINE", "S", "DOTALL", "X", "VERBOSE", "T", "TEMPLATE");

    private ReModule() {
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("re");
        m.add("error", ERROR);
        m.add("Pattern", PyPattern.TYPE);
        m.add("Match", PyMatch.TYPE);
        m.add("__version__", PyStr.of("2.2.1"));
        m.add("RegexFlag", REGEX_FLAG);
        for (PyIntEnumMember flag : FLAGS) {
            m.add(flag.name(), flag);
        }
        ALIASES.forEach((alias, name) -> m.add(alias, FLAGS.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow()));
        m.function("compile", (i, s, a, k) -> {
            PyObject[] b = Args.bind("compile", a, k, 1, "pattern", "flags");
            return compile(i, b[0], b[1]);
        });
        for (String name : List.of("match", "search", "fullmatch")) {
            Compiled.Anchor anchor = switch (name) {
                case "match" -> Compiled.Anchor.MATCH;
                case "search" -> Compiled.Anchor.SEARCH;
                default -> Compiled.Anchor.FULL;
            };
            m.function(name, (i, s, a, k) -> {
                PyObject[] b = Args.bind(name, a, k, 2, "pattern", "string", "flags");
                PyPattern p = compile(i, b[0], b[2]);
                return p.matchOne(i, p.span(i, b[1], null, null), anchor);
            });
        }
        m.function("findall", (i, s, a, k) -> {
            PyObject[] b = Args.bind("findall", a, k, 2, "pattern", "string", "flags");
            PyPattern p = compile(i, b[0], b[2]);
            return p.findall(i, p.span(i, b[1], null, null));
        });
        m.function("finditer", (i, s, a, k) -> {
            PyObject[] b = Args.bind("finditer", a, k, 2, "pattern", "string", "flags");
            PyPattern p = compile(i, b[0], b[2]);
            return p.finditer(i, p.span(i, b[1], null, null));
        });
        m.function("sub", (i, s, a, k) -> {
            PyObject[] b = Args.bind("sub", a, k, 3, "pattern", "repl", "string", "count", "flags");
            return compile(i, b[0], b[4]).subn(i, b[1], b[2], b[3] == null ? 0 : Ops.index(i, b[3])).items()[0];
        });
        m.function("subn", (i, s, a, k) -> {
            PyObject[] b = Args.bind("subn", a, k, 3, "pattern", "repl", "string", "count", "flags");
            return compile(i, b[0], b[4]).subn(i, b[1], b[2], b[3] == null ? 0 : Ops.index(i, b[3]));
        });
        m.function("split", (i, s, a, k) -> {
            PyObject[] b = Args.bind("split", a, k, 2, "pattern", "string", "maxsplit", "flags");
            return compile(i, b[0], b[3]).split(i, b[1], b[2] == null ? 0 : Ops.index(i, b[2]));
        });
        m.function("template", (i, s, a, k) -> {
            // Deprecated in 3.11, and its warning is re's own, which the default filters hide.
            PyObject[] b = Args.bind("template", a, k, 1, "pattern", "flags");
            return compile(i, b[0], PyInt.of((b[1] == null ? 0 : Ops.index(i, b[1])) | Translator.TEMPLATE));
        });
        m.function("escape", (i, s, a, k) -> escape(Args.bind("escape", a, k, 1, "pattern")[0]));
        m.function("purge", (i, s, a, k) -> {
            Args.none("purge", a, k);
            Compiled.purge();
            return PyNone.NONE;
        });
        // Last: __all__ (what `from re import *` takes, in CPython's order) lists the names made above.
        org.enchufe.lang.modules.ModuleDunders.pythonSource(m, in, "re/__init__.py", "match", "fullmatch", "search",
                "sub", "subn", "split", "findall", "finditer", "compile", "purge", "template", "escape", "error", "Pattern",
                "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
                "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag");
        return m;
    }

    /** re.compile: a Pattern from a str or bytes pattern, or the Pattern given. */
    static PyPattern compile(Interpreter in, PyObject pattern, PyObject flagsObject) {
        int flags = flagsObject == null ? 0 : Ops.index(in, flagsObject);
        if (pattern instanceof PyPattern p) {
            if (flags != 0) {
                throw PyErrors.valueError("cannot process flags argument with a compiled pattern");
            }
            return p;
        }
        int[] source;
        boolean text;
        if (pattern instanceof PyStr s) {
            text = true;
            source = s.value().codePoints().toArray();
            if ((flags & Translator.LOCALE) != 0) {
                throw PyErrors.valueError("cannot use LOCALE flag with a str pattern");
            }
            if ((flags & Translator.ASCII) != 0 && (flags & Translator.UNICODE) != 0) {
                throw PyErrors.valueError("ASCII and UNICODE flags are incompatible");
            }
        } else if (pattern instanceof PyBytesLike b) {
            text = false;
            byte[] data = b.bytesView();
            source = new int[pattern.len(in)];
            for (int i = 0; i < source.length; i++) {
                source[i] = data[i] & 0xFF;
            }
            if ((flags & Translator.UNICODE) != 0) {
                throw PyErrors.valueError("cannot use UNICODE flag with a bytes pattern");
            }
            if ((flags & Translator.LOCALE) != 0 && (flags & Translator.ASCII) != 0) {
                throw PyErrors.valueError("ASCII and LOCALE flags are incompatible");
            }
        } else {
            throw PyErrors.typeError("first argument must be string or compiled pattern");
        }
        try {
            return new PyPattern(pattern, Compiled.of(source, text, flags));
        } catch (Translator.PatternError e) {
            throw error(e.msg, pattern, e.pos);
        } catch (Translator.CountTooLarge e) {
            throw PyErrors.overflow(e.getMessage());
        } catch (Translator.Unsupported e) {
            throw PyErrors.notImplemented(e.getMessage());
        }
    }

    /**
     * re.error as sre builds it: the message, with "at position N" — and "(line L, column C)"
     * when the pattern has several lines — and the attributes msg, pattern, pos, lineno, colno.
     */
    public static PyRaise error(String msg, PyObject pattern, int pos) {
        String text = msg;
        PyObject lineno = PyNone.NONE;
        PyObject colno = PyNone.NONE;
        if (pos >= 0) {
            String source = pattern instanceof PyStr s ? s.value()
                    : new String(((PyBytesLike) pattern).bytesView(), StandardCharsets.ISO_8859_1);
            int javaPos = source.offsetByCodePoints(0, Math.min(pos, source.codePointCount(0, source.length())));
            String before = source.substring(0, javaPos);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int col = before.codePointCount(before.lastIndexOf('\n') + 1, before.length()) + 1;
            text = msg + " at position " + pos;
            if (source.indexOf('\n') >= 0) {
                text += " (line " + line + ", column " + col + ")";
            }
            lineno = PyInt.of(line);
            colno = PyInt.of(col);
        }
        PyException e = PyException.of(ERROR, text);
        e.setAttr("msg", PyStr.of(msg));
        e.setAttr("pattern", pos >= 0 ? pattern : PyNone.NONE);
        e.setAttr("pos", pos >= 0 ? PyInt.of(pos) : PyNone.NONE);
        e.setAttr("lineno", lineno);
        e.setAttr("colno", colno);
        return new PyRaise(e);
    }

    /** re.escape: a backslash before each character special to a pattern, as 3.7+ does it. */
    private static PyObject escape(PyObject pattern) {
        String special = "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f";
        if (pattern instanceof PyStr s) {
            StringBuilder out = new StringBuilder();
            s.value().chars().forEach(c -> {
                if (special.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append((char) c);
            });
            return PyStr.of(out.toString());
        }
        if (pattern instanceof PyBytesLike b) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (byte c : b.bytesView()) {
                if (special.indexOf(c & 0xFF) >= 0) {
                    out.write('\\');
                }
                out.write(c);
            }
            return new PyBytes(out.toByteArray());
        }
        throw PyErrors.typeError("expected str or bytes-like object, got '" + pattern.type().name() + "'");
    }

    /** Flags as a Pattern's repr spells them: {@code re.IGNORECASE|re.MULTILINE}, unknown bits in hex. */
    static String flagNames(int flags) {
        StringBuilder out = new StringBuilder();
        for (int bit = 0; bit < FLAG_NAMES.length; bit++) {
            if ((flags & (1 << bit)) != 0) {
                out.append(out.isEmpty() ? "" : "|").append("re.").append(FLAG_NAMES[bit]);
                flags &= ~(1 << bit);
            }
        }
        if (flags != 0) {
            out.append(out.isEmpty() ? "" : "|").append("0x").append(Integer.toHexString(flags));
        }
        return out.toString();
    }
}
