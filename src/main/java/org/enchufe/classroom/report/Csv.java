package org.enchufe.classroom.report;

import java.util.List;

/**
 * CSV as RFC 4180 writes it (CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break), and safe to open in a spreadsheet: a field a student typed that starts like a
 * formula ({@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe, so it
 * is shown as text and never run (OWASP's advice against CSV injection).
 */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    /** Starts with a UTF-8 byte order mark, so spreadsheets read the accents right. */
    Csv() {
        out.append('\uFEFF');
    }

    Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
