package org.enchufe.kernel.modules;

import org.enchufe.lang.runtime.Codecs;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;

/**
 * A text file's codec options, checked as TextIOWrapper checks them: {@code encoding} as given
 * (null for the locale's, UTF-8), {@code errors} (strict unless given), {@code newline} null for
 * universal newlines translated to \n.
 */
record TextOptions(String encoding, String errors, String newline) {

    /** The options makefile() (TextIOWrapper()) or reconfigure() was given, {@code call} naming it in errors. */
    static TextOptions of(String call, PyObject encoding, PyObject errors, PyObject newline) {
        String e = optionalStr(call, "encoding", encoding);
        String err = optionalStr(call, "errors", errors);
        String nl = optionalStr(call, "newline", newline);
        checkNewline(nl);
        if (e != null) {
            // An unknown codec is refused when the file is made, as TextIOWrapper refuses it.
            Codecs.canonical(e);
        }
        return new TextOptions(e, err == null ? "strict" : err, nl);
    }

    static void checkNewline(String nl) {
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw PyErrors.valueError("illegal newline value: " + nl);
        }
    }

    static String optionalStr(String call, String name, PyObject value) {
        if (value == null || value == PyNone.NONE) {
            return null;
        }
        if (!(value instanceof PyStr s)) {
            throw PyErrors.typeError(call + "() argument '" + name + "' must be str or None, not " + value.type().name());
        }
        return s.value();
    }

    /** The codec's name: the locale's, UTF-8, when none was given. */
    String codec() {
        return encoding == null ? "utf-8" : encoding;
    }

    /** What {@code encoding} shows: as given, or the locale's name for it. */
    String shownEncoding() {
        return encoding == null ? "UTF-8" : encoding;
    }

    /** Whether lines are found by universal newlines (None or ""), which is when io tracks {@code newlines}. */
    boolean universal() {
        return newline == null || newline.isEmpty();
    }
}
