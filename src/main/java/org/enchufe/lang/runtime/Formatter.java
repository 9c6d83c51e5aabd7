package org.enchufe.lang.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.enchufe.lang.vm.Interpreter;

/**
 * Python's three ways of formatting: the format-spec mini-language ({@code format()},
 * f-strings), {@code str.format} and {@code %}. Floats are rounded exactly, half to even, as
 * CPython rounds them.
 */
public final class Formatter {

    private Formatter() {
    }

    /** A parsed format spec: {@code [[fill]align][sign][#][0][width][,|_][.precision][type]}. */
    record Spec(char fill, boolean fillGiven, char align, char sign, boolean alternate, boolean zero, int width, char grouping,
                int precision, char type) {

        static Spec parse(String spec) {
            int i = 0;
            int n = spec.length();
            char fill = ' ';
            boolean fillGiven = false;
            char align = 0;
            if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
                fill = spec.charAt(0);
                fillGiven = true;
                align = spec.charAt(1);
                i = 2;
            } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
                align = spec.charAt(0);
                i = 1;
            }
            char sign = 0;
            if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
                sign = spec.charAt(i++);
            }
            if (i < n && spec.charAt(i) == 'z') {
                i++;
            }
            boolean alternate = false;
            if (i < n && spec.charAt(i) == '#') {
                alternate = true;
                i++;
            }
            boolean zero = false;
            if (i < n && spec.charAt(i) == '0') {
                zero = true;
                i++;
            }
            int width = -1;
            int start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i > start) {
                width = Integer.parseInt(spec.substring(start, i));
            }
            char grouping = 0;
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                grouping = spec.charAt(i++);
            }
            int precision = -1;
            if (i < n && spec.charAt(i) == '.') {
                i++;
                start = i;
                while (i < n && Character.isDigit(spec.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    throw PyErrors.valueError("Format specifier missing precision");
                }
                precision = Integer.parseInt(spec.substring(start, i));
            }
            char type = 0;
            if (i < n) {
                type = spec.charAt(i++);
            }
            if (i < n) {
                throw PyErrors.valueError("Invalid format specifier '" + spec + "' for object of type '%s'");
            }
            if (zero && !fillGiven) {
                // The 0 flag means "fill with zeros" unless a fill character was given.
                fill = '0';
            }
            return new Spec(fill, fillGiven, align, sign, alternate, zero, width, grouping, precision, type);
        }
    }

    /** format(value, spec). */
    public static String formatValue(Interpreter in, PyObject value, String spec) {
        if (value instanceof PyInstance || value instanceof PyException && !value.type().isBuiltin()) {
            PyObject method = value.type().lookup("__format__");
            if (method != null) {
                return Ops.str(in, in.call(method, new PyObject[] {value, PyStr.of(spec)}, PyBuiltin.NO_KEYWORDS));
            }
            if (!spec.isEmpty()) {
                throw PyErrors.typeError("unsupported format string passed to " + value.type().name() + ".__format__");
            }
            return Ops.str(in, value);
        }
        if (spec.isEmpty()) {
            return Ops.str(in, value);
        }
        Spec s;
        try {
            s = Spec.parse(spec);
        } catch (PyRaise e) {
            String message = ((PyStr) e.exception().args().get(0)).value();
            throw PyErrors.valueError(message.replace("%s", value.type().name()));
        }
        if (value instanceof PyBool b && s.type == 0) {
            return pad(b == PyBool.TRUE ? "True" : "False", s, '<');
        }
        if (value instanceof PyInt i) {
            if ("eEfFgG%".indexOf(s.type) >= 0 && s.type != 0) {
                return formatFloat(i.asDouble(), s);
            }
            return formatInt(i.asBig(), s, value);
        }
        if (value instanceof PyFloat f) {
            return formatFloat(f.value(), s);
        }
        if (value instanceof PyStr str) {
            if (s.type != 0 && s.type != 's') {
                throw PyErrors.valueError("Unknown format code '" + s.type + "' for object of type 'str'");
            }
            if (s.sign != 0) {
                throw PyErrors.valueError("Sign not allowed in string format specifier");
            }
            if (s.align == '=') {
                throw PyErrors.valueError("'=' alignment not allowed in string format specifier");
            }
            String text = str.value();
            if (s.precision >= 0 && text.codePointCount(0, text.length()) > s.precision) {
                text = text.substring(0, text.offsetByCodePoints(0, s.precision));
            }
            return pad(text, s, '<');
        }
        if (s.type != 0) {
            throw PyErrors.typeError("unsupported format string passed to " + value.type().name() + ".__format__");
        }
        return pad(Ops.str(in, value), s, '<');
    }

    private static String formatInt(BigInteger v, Spec s, PyObject original) {
        if (s.precision >= 0) {
            throw PyErrors.valueError("Precision not allowed in integer format specifier");
        }
        String digits;
        String prefix = "";
        switch (s.type) {
            case 0, 'd', 'n' -> digits = PyInt.decimalDigits(v.abs());
            case 'x' -> {
                digits = BigMath.powerOfTwoDigits(Interpreter.currentOrNull(), v.abs(), 16);
                prefix = s.alternate ? "0x" : "";
            }
            case 'X' -> {
                digits = BigMath.powerOfTwoDigits(Interpreter.currentOrNull(), v.abs(), 16).toUpperCase(java.util.Locale.ROOT);
                prefix = s.alternate ? "0X" : "";
            }
            case 'o' -> {
                digits = BigMath.powerOfTwoDigits(Interpreter.currentOrNull(), v.abs(), 8);
                prefix = s.alternate ? "0o" : "";
            }
            case 'b' -> {
                digits = BigMath.powerOfTwoDigits(Interpreter.currentOrNull(), v.abs(), 2);
                prefix = s.alternate ? "0b" : "";
            }
            case 'c' -> {
                return pad(Character.toString(v.intValueExact()), s, '<');
            }
            default -> throw PyErrors.valueError("Unknown format code '" + s.type + "' for object of type '"
                    + original.type().name() + "'");
        }
        if (s.grouping != 0) {
            int group = s.type == 0 || s.type == 'd' ? 3 : 4;
            if (s.grouping == ',' && s.type != 0 && s.type != 'd') {
                throw PyErrors.valueError("Cannot specify ',' with '" + s.type + "'.");
            }
            digits = group(digits, s.grouping, group);
        }
        String sign = v.signum() < 0 ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
        return padNumber(sign, prefix, digits, s);
    }

    private static String group(String digits, char separator, int size) {
        StringBuilder out = new StringBuilder();
        int first = digits.length() % size;
        if (first == 0) {
            first = size;
        }
        out.append(digits, 0, Math.min(first, digits.length()));
        for (int i = first; i < digits.length(); i += size) {
            out.append(separator).append(digits, i, i + size);
        }
        return out.toString();
    }

    private static String formatFloat(double v, Spec s) {
        char type = s.type;
        String body;
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        double a = Math.abs(v);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            body = Double.isNaN(v) ? "nan" : "inf";
            if (Character.isUpperCase(type)) {
                body = body.toUpperCase(java.util.Locale.ROOT);
            }
            negative = v < 0;
        } else {
            body = switch (type) {
                case 'f', 'F' -> fixed(a, s.precision < 0 ? 6 : s.precision, s.alternate);
                case 'e', 'E' -> scientific(a, s.precision < 0 ? 6 : s.precision, s.alternate, type == 'E');
                case 'g', 'G', 'n' -> general(a, s.precision < 0 ? 6 : s.precision, s.alternate, type == 'G', false);
                case '%' -> fixed(a * 100, s.precision < 0 ? 6 : s.precision, s.alternate) + "%";
                case 0 -> s.precision < 0 ? FloatRepr.repr(a) : general(a, s.precision, s.alternate, false, true);
                default -> throw PyErrors.valueError("Unknown format code '" + type + "' for object of type 'float'");
            };
        }
        if (s.grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : body.indexOf('e') >= 0 ? body.indexOf('e') : body.length();
            if (body.chars().limit(end).allMatch(Character::isDigit)) {
                body = group(body.substring(0, end), s.grouping, 3) + body.substring(end);
            }
        }
        String sign = negative ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
        return padNumber(sign, "", body, s);
    }

    static String fixed(double a, int precision, boolean alternate) {
        String text = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && precision == 0 ? text + "." : text;
    }

    static String scientific(double a, int precision, boolean alternate, boolean upper) {
        String mantissa;
        int exponent;
        if (a == 0) {
            mantissa = precision > 0 ? "0." + Padding.of("0", precision) : "0";
            exponent = 0;
        } else {
            BigDecimal d = new BigDecimal(a).round(new java.math.MathContext(precision + 1, RoundingMode.HALF_EVEN));
            exponent = d.precision() - d.scale() - 1;
            BigDecimal m = d.movePointLeft(exponent).setScale(precision, RoundingMode.HALF_EVEN);
            mantissa = m.toPlainString();
        }
        if (alternate && precision == 0) {
            mantissa += ".";
        }
        String exp = (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        return mantissa + (upper ? "E" : "e") + exp;
    }

    /** 'g' and the empty type with a precision (which keeps at least one decimal, like repr). */
    static String general(double a, int precision, boolean alternate, boolean upper, boolean reprStyle) {
        int p = precision == 0 ? 1 : precision;
        if (a == 0) {
            String zero = alternate ? "0." + Padding.of("0", p - 1) : "0";
            return reprStyle && !alternate ? "0.0" : zero;
        }
        BigDecimal d = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
        int exponent = d.precision() - d.scale() - 1;
        String text;
        if (exponent >= -4 && exponent < p) {
            text = d.setScale(Math.max(0, p - 1 - exponent), RoundingMode.HALF_EVEN).toPlainString();
            if (!alternate) {
                text = stripZeros(text);
                if (reprStyle && !text.contains(".")) {
                    text += ".0";
                }
            }
        } else {
            text = scientific(a, p - 1, alternate, upper);
            if (!alternate) {
                int e = text.indexOf(upper ? 'E' : 'e');
                text = stripZeros(text.substring(0, e)) + text.substring(e);
            }
        }
        return text;
    }

    private static String stripZeros(String text) {
        if (!text.contains(".")) {
            return text;
        }
        String stripped = text.replaceAll("0+$", "");
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static String padNumber(String sign, String prefix, String digits, Spec s) {
        int width = s.width;
        char align = s.align != 0 ? s.align : (s.zero ? '=' : '>');
        char fill = s.fill;
        int length = sign.length() + prefix.length() + digits.codePointCount(0, digits.length());
        if (width <= length) {
            return sign + prefix + digits;
        }
        int padding = width - length;
        String f = String.valueOf(fill);
        return switch (align) {
            case '<' -> sign + prefix + digits + Padding.of(f, padding);
            case '^' -> Padding.of(f, padding / 2) + sign + prefix + digits + Padding.of(f, padding - padding / 2);
            case '=' -> sign + prefix + Padding.of(f, padding) + digits;
            default -> Padding.of(f, padding) + sign + prefix + digits;
        };
    }

    private static String pad(String text, Spec s, char defaultAlign) {
        int length = text.codePointCount(0, text.length());
        if (s.width <= length) {
            return text;
        }
        int padding = s.width - length;
        char align = s.align != 0 ? s.align : defaultAlign;
        String f = String.valueOf(s.fill);
        return switch (align) {
            case '>' -> Padding.of(f, padding) + text;
            case '^' -> Padding.of(f, padding / 2) + text + Padding.of(f, padding - padding / 2);
            default -> text + Padding.of(f, padding);
        };
    }

    // ---------------------------------------------------------------- str.format

    public static String format(Interpreter in, String template, PyObject[] args, String[] kwnames) {
        int positional = args.length - kwnames.length;
        StringBuilder out = new StringBuilder();
        int[] auto = {0};
        boolean[] manual = {false};
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int depth = 1;
                int j = i + 1;
                while (j < template.length() && depth > 0) {
                    if (template.charAt(j) == '{') {
                        depth++;
                    } else if (template.charAt(j) == '}') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw PyErrors.valueError("expected '}' before end of string");
                }
                out.append(field(in, template.substring(i + 1, j - 1), args, positional, kwnames, auto, manual));
                i = j;
            } else if (c == '}') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErrors.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        // The template read char by char, the pieces copied in.
        Cost.charByChar(in, template.length());
        Cost.bulk(in, out.length());
        return out.toString();
    }

    private static String field(Interpreter in, String field, PyObject[] args, int positional, String[] kwnames, int[] auto,
                                boolean[] manual) {
        String spec = "";
        char conversion = 0;
        int colon = indexOutsideBrackets(field, ':');
        if (colon >= 0) {
            spec = field.substring(colon + 1);
            field = field.substring(0, colon);
        }
        int bang = field.indexOf('!');
        if (bang >= 0) {
            String conv = field.substring(bang + 1);
            if (conv.length() != 1 || "rsa".indexOf(conv.charAt(0)) < 0) {
                throw PyErrors.valueError(conv.isEmpty() ? "end of string while looking for conversion specifier"
                        : "Unknown conversion specifier " + conv);
            }
            conversion = conv.charAt(0);
            field = field.substring(0, bang);
        }
        int end = 0;
        while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
            end++;
        }
        String first = field.substring(0, end);
        PyObject value;
        if (first.isEmpty()) {
            if (manual[0]) {
                throw PyErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            int index = auto[0]++;
            if (index >= positional) {
                throw PyErrors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            value = args[index];
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto[0] > 0) {
                throw PyErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            manual[0] = true;
            int index = Integer.parseInt(first);
            if (index >= positional) {
                throw PyErrors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            value = args[index];
        } else {
            value = null;
            for (int k = 0; k < kwnames.length; k++) {
                if (kwnames[k].equals(first)) {
                    value = args[positional + k];
                }
            }
            if (value == null) {
                throw PyErrors.keyError(PyStr.of(first));
            }
        }
        int i = end;
        while (i < field.length()) {
            if (field.charAt(i) == '.') {
                int j = i + 1;
                while (j < field.length() && field.charAt(j) != '.' && field.charAt(j) != '[') {
                    j++;
                }
                value = value.getAttr(in, field.substring(i + 1, j));
                i = j;
            } else {
                int close = field.indexOf(']', i);
                if (close < 0) {
                    throw PyErrors.valueError("Missing ']' in format string");
                }
                String key = field.substring(i + 1, close);
                PyObject k = key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                value = Ops.getItem(in, value, k);
                i = close + 1;
            }
        }
        value = switch (conversion) {
            case 'r' -> PyStr.of(Ops.repr(in, value));
            case 's' -> PyStr.of(Ops.str(in, value));
            case 'a' -> PyStr.of(Builtins.ascii(Ops.repr(in, value)));
            default -> value;
        };
        if (spec.contains("{")) {
            spec = format(in, spec, args, kwnames);
        }
        return formatValue(in, value, spec);
    }

    private static int indexOutsideBrackets(String s, char target) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == target && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- %

    public static String percent(Interpreter in, String template, PyObject values) {
        return percent(in, template, values, false);
    }

    /**
     * {@code template % values}; for bytes ({@code forBytes}, the template and result as Latin-1
     * text) {@code %s} and {@code %b} insert a bytes-like value's bytes and {@code %r} is ascii().
     */
    public static String percent(Interpreter in, String template, PyObject values, boolean forBytes) {
        PyObject[] items = values instanceof PyTuple t ? t.items() : new PyObject[] {values};
        PyObject mapping = values instanceof PyDict || values instanceof PyInstance && values.type().lookup("__getitem__") != null
                ? values : null;
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        boolean usedMapping = false;
        while (i < template.length()) {
            char c = template.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= template.length()) {
                throw PyErrors.valueError("incomplete format");
            }
            PyObject value = null;
            if (template.charAt(i) == '(') {
                int close = template.indexOf(')', i);
                if (close < 0) {
                    throw PyErrors.valueError("incomplete format key");
                }
                if (mapping == null) {
                    throw PyErrors.typeError("format requires a mapping");
                }
                String key = template.substring(i + 1, close);
                value = Ops.getItem(in, mapping, forBytes
                        ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(key));
                usedMapping = true;
                i = close + 1;
            }
            String flags = "";
            while (i < template.length() && "-+ #0".indexOf(template.charAt(i)) >= 0) {
                flags += template.charAt(i++);
            }
            int width = -1;
            if (i < template.length() && template.charAt(i) == '*') {
                i++;
                width = Ops.index(in, items[next++]);
            } else {
                int start = i;
                while (i < template.length() && Character.isDigit(template.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    width = Integer.parseInt(template.substring(start, i));
                }
            }
            int precision = -1;
            if (i < template.length() && template.charAt(i) == '.') {
                i++;
                if (i < template.length() && template.charAt(i) == '*') {
                    i++;
                    precision = Ops.index(in, items[next++]);
                } else {
                    int start = i;
                    while (i < template.length() && Character.isDigit(template.charAt(i))) {
                        i++;
                    }
                    precision = i > start ? Integer.parseInt(template.substring(start, i)) : 0;
                }
            }
            while (i < template.length() && "hlL".indexOf(template.charAt(i)) >= 0) {
                i++;
            }
            if (i >= template.length()) {
                throw PyErrors.valueError("incomplete format");
            }
            char type = template.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (next >= items.length) {
                    throw PyErrors.typeError("not enough arguments for format string");
                }
                value = items[next++];
            }
            if (forBytes && (type == 's' || type == 'b')) {
                type = 's';
                value = PyStr.of(bytesOf(value));
            } else if (forBytes && type == 'r') {
                type = 'a';
            } else if (forBytes && type == 'c') {
                value = byteFor(value);
            }
            out.append(percentOne(in, type, value, flags, width, precision, template, i - 1));
        }
        if (!usedMapping && next < items.length && mapping == null) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        Cost.charByChar(in, template.length());
        Cost.bulk(in, out.length());
        return out.toString();
    }

    // What %c takes in bytes: an int in range(256) or a single byte.
    private static PyObject byteFor(PyObject value) {
        if (value instanceof PyBytesLike b && b.bytesView().length == 1) {
            return PyInt.of(b.bytesView()[0] & 0xFF);
        }
        if (value instanceof PyInt i && !(value instanceof PyBool)) {
            if (i.signum() < 0 || i.asBig().bitLength() > 8) {
                throw PyErrors.overflow("%c arg not in range(256)");
            }
            return value;
        }
        throw PyErrors.typeError("%c requires an integer in range(256) or a single byte");
    }

    // What %s and %b insert into bytes: a bytes-like value's own bytes, as Latin-1 text.
    private static String bytesOf(PyObject value) {
        if (value instanceof PyBytesLike b) {
            return new String(b.bytesView(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        throw PyErrors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + value.type().name() + "'");
    }

    private static String percentOne(Interpreter in, char type, PyObject value, String flags, int width, int precision,
                                     String template, int at) {
        boolean left = flags.contains("-");
        boolean zero = flags.contains("0") && !left;
        String sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
        String body;
        boolean numeric = false;
        boolean negative = false;
        switch (type) {
            case 's', 'r', 'a' -> {
                body = type == 's' ? Ops.str(in, value) : type == 'r' ? Ops.repr(in, value) : Builtins.ascii(Ops.repr(in, value));
                if (precision >= 0 && body.length() > precision) {
                    body = body.substring(0, precision);
                }
            }
            case 'd', 'i', 'u' -> {
                BigInteger v = integerFor(in, value, type, true);
                negative = v.signum() < 0;
                body = PyInt.decimalDigits(v.abs());
                if (precision > body.length()) {
                    body = Padding.of("0", precision - body.length()) + body;
                }
                numeric = true;
            }
            case 'x', 'X', 'o' -> {
                BigInteger v = integerFor(in, value, type, false);
                negative = v.signum() < 0;
                body = BigMath.powerOfTwoDigits(in, v.abs(), type == 'o' ? 8 : 16);
                if (type == 'X') {
                    body = body.toUpperCase(java.util.Locale.ROOT);
                }
                if (flags.contains("#")) {
                    body = (type == 'o' ? "0o" : type == 'x' ? "0x" : "0X") + body;
                }
                numeric = true;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double d = doubleFor(value, type);
                negative = d < 0 || d == 0 && 1 / d < 0;
                double a = Math.abs(d);
                int p = precision < 0 ? 6 : precision;
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    body = Double.isNaN(d) ? "nan" : "inf";
                } else {
                    body = switch (Character.toLowerCase(type)) {
                        case 'f' -> fixed(a, p, flags.contains("#"));
                        case 'e' -> scientific(a, p, flags.contains("#"), type == 'E');
                        default -> general(a, p, flags.contains("#"), type == 'G', false);
                    };
                }
                numeric = true;
            }
            case 'c' -> {
                if (value instanceof PyInt i) {
                    body = Character.toString(i.asInt());
                } else if (value instanceof PyStr s && s.length() == 1) {
                    body = s.value();
                } else {
                    throw PyErrors.typeError("%c requires int or char");
                }
            }
            default -> throw PyErrors.valueError("unsupported format character '" + type + "' (0x"
                    + Integer.toHexString(type) + ") at index " + at);
        }
        String prefix = numeric ? (negative ? "-" : sign) : "";
        int length = prefix.length() + body.length();
        if (width <= length) {
            return prefix + body;
        }
        int padding = width - length;
        if (left) {
            return prefix + body + Padding.of(" ", padding);
        }
        if (zero && numeric) {
            if (body.startsWith("0x") || body.startsWith("0X") || body.startsWith("0o")) {
                return prefix + body.substring(0, 2) + Padding.of("0", padding) + body.substring(2);
            }
            return prefix + Padding.of("0", padding) + body;
        }
        return Padding.of(" ", padding) + prefix + body;
    }

    private static BigInteger integerFor(Interpreter in, PyObject value, char type, boolean acceptFloat) {
        if (value instanceof PyInt i) {
            return i.asBig();
        }
        if (value instanceof PyFloat f && acceptFloat) {
            if (Double.isNaN(f.value())) {
                throw PyErrors.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(f.value())) {
                throw PyErrors.raise(ExceptionTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
            }
            return new BigDecimal(f.value()).toBigInteger();
        }
        if (acceptFloat) {
            throw PyErrors.typeError("%" + type + " format: a real number is required, not " + value.type().name());
        }
        throw PyErrors.typeError("%" + type + " format: an integer is required, not " + value.type().name());
    }

    private static double doubleFor(PyObject value, char type) {
        if (value instanceof PyFloat f) {
            return f.value();
        }
        if (value instanceof PyInt i) {
            return i.asDouble();
        }
        throw PyErrors.typeError("must be real number, not " + value.type().name());
    }
}
