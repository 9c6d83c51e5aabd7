package org.enchufe.lang.vm;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;

/**
 * The "Did you mean: …?" CPython 3.11 adds to NameError and AttributeError: the closest name by
 * its Levenshtein distance, with its costs and cut-offs.
 */
final class Suggestions {

    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_STRING = 40;

    private Suggestions() {
    }

    static String forException(Interpreter in, PyException exc) {
        PyObject name = exc.attr("name");
        if (!(name instanceof PyStr wrong)) {
            return null;
        }
        if (exc.type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
            PyObject obj = exc.attr("obj");
            if (obj == null) {
                return null;
            }
            try {
                PyObject dir = in.builtins().getStr("dir").call(in, new PyObject[] {obj}, new String[0]);
                List<String> names = new ArrayList<>();
                for (PyObject item : ((PyList) dir).toArray()) {
                    names.add(Ops.str(in, item));
                }
                return best(names, wrong.value());
            } catch (PyRaise e) {
                return null;
            }
        }
        PyObject scopes = exc.attr("__scopes__");
        if (scopes == null) {
            return null;
        }
        for (PyObject scope : Ops.toArray(in, scopes)) {
            List<String> names = new ArrayList<>();
            if (scope instanceof PyDict d) {
                d.map().keySet().forEach(k -> names.add(Ops.str(in, k)));
            } else {
                for (PyObject item : Ops.toArray(in, scope)) {
                    names.add(Ops.str(in, item));
                }
            }
            String found = best(names, wrong.value());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static String best(List<String> candidates, String wrong) {
        if (candidates.size() > MAX_CANDIDATES || wrong.length() > MAX_STRING) {
            return null;
        }
        String suggestion = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(wrong)) {
                continue;
            }
            int max = (wrong.length() + candidate.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int distance = distance(wrong, candidate, max);
            if (distance > max) {
                continue;
            }
            if (suggestion == null || distance < bestDistance) {
                suggestion = candidate;
                bestDistance = distance;
            }
        }
        return suggestion;
    }

    private static int substitution(char a, char b) {
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }

    static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        int pre = 0;
        while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        a = a.substring(pre);
        b = b.substring(pre);
        int post = 0;
        while (post < a.length() && post < b.length() && a.charAt(a.length() - 1 - post) == b.charAt(b.length() - 1 - post)) {
            post++;
        }
        a = a.substring(0, a.length() - post);
        b = b.substring(0, b.length() - post);
        if (a.isEmpty() || b.isEmpty()) {
            return MOVE_COST * (a.length() + b.length());
        }
        if (a.length() > MAX_STRING || b.length() > MAX_STRING) {
            return maxCost + 1;
        }
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if ((b.length() - a.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[a.length()];
        for (int i = 0; i < row.length; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char bc = b.charAt(bi);
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < a.length(); i++) {
                int substitute = distance + substitution(bc, a.charAt(i));
                distance = row[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
