package org.enchufe.lang.modules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enchufe.lang.modules.re.ReModule;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyStructSeq;

/**
 * {@code time.strptime} by the rules of CPython's {@code _strptime} in the C locale and the
 * sandbox's zone (UTC): each directive a regular expression, the format matched whole, ignoring
 * case, and its ValueError texts.
 */
final class Strptime {

    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    private static final Map<Character, String> DIRECTIVES = Map.ofEntries(
            Map.entry('d', "(?P<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])"),
            Map.entry('f', "(?P<f>[0-9]{1,6})"),
            Map.entry('H', "(?P<H>2[0-3]|[0-1]\\d|\\d)"),
            Map.entry('I', "(?P<I>1[0-2]|0[1-9]|[1-9])"),
            Map.entry('G', "(?P<G>\\d\\d\\d\\d)"),
            Map.entry('j', "(?P<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])"),
            Map.entry('m', "(?P<m>1[0-2]|0[1-9]|[1-9])"),
            Map.entry('M', "(?P<M>[0-5]\\d|\\d)"),
            Map.entry('S', "(?P<S>6[0-1]|[0-5]\\d|\\d)"),
            Map.entry('U', "(?P<U>5[0-3]|[0-4]\\d|\\d)"),
            Map.entry('W', "(?P<W>5[0-3]|[0-4]\\d|\\d)"),
            Map.entry('w', "(?P<w>[0-6])"),
            Map.entry('u', "(?P<u>[1-7])"),
            Map.entry('V', "(?P<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)"),
            Map.entry('y', "(?P<y>\\d\\d)"),
            Map.entry('Y', "(?P<Y>\\d\\d\\d\\d)"),
            Map.entry('z', "(?P<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z))"),
            Map.entry('A', alternatives("A", WEEKDAYS, 0)),
            Map.entry('a', alternatives("a", WEEKDAYS, 3)),
            Map.entry('B', alternatives("B", MONTHS, 0)),
            Map.entry('b', alternatives("b", MONTHS, 3)),
            Map.entry('p', "(?P<p>am|pm)"),
            Map.entry('Z', "(?P<Z>utc|gmt)"),
            Map.entry('%', "%"));

    /** The composite directives, spelt as the C locale's LocaleTime finds them. */
    private static final Map<Character, String> COMPOSITE = Map.of('c', "%a %b %d %H:%M:%S %Y", 'x', "%m/%d/%y",
            'X', "%H:%M:%S");

    private static final String GROUPS = "dfHIGjmMSUWwuVyYzAaBbpZ";

    private Strptime() {
    }

    private static String alternatives(String group, String[] names, int length) {
        List<String> all = new ArrayList<>();
        for (String n : names) {
            all.add(length == 0 ? n : n.substring(0, length));
        }
        all.sort((x, y) -> y.length() - x.length());
        return "(?P<" + group + ">" + String.join("|", all) + ")";
    }

    /** The regular expression for {@code format}, as _strptime's TimeRE.pattern builds it. */
    private static String pattern(String format, String original) {
        String escaped = format.replaceAll("([\\\\.^$*+?(){}\\[\\]|])", "\\\\$1").replaceAll("\\s+", "\\\\s+");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < escaped.length()) {
            char c = escaped.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= escaped.length()) {
                throw PyErrors.valueError("stray % in format '" + original + "'");
            }
            char d = escaped.charAt(i + 1);
            if (COMPOSITE.containsKey(d)) {
                out.append(pattern(COMPOSITE.get(d), original));
            } else if (DIRECTIVES.containsKey(d)) {
                out.append(DIRECTIVES.get(d));
            } else {
                throw PyErrors.valueError("'" + (d == '\\' ? "%" : String.valueOf(d)) + "' is a bad directive in format '"
                        + original + "'");
            }
            i += 2;
        }
        return out.toString();
    }

    static PyStructSeq parse(String data, String format) {
        String python = pattern(format, format);
        refuseRedefinitions(python);
        Pattern regex = Pattern.compile(python.replace("(?P<", "(?<"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        Matcher found = regex.matcher(data);
        if (!found.lookingAt()) {
            throw PyErrors.valueError("time data " + quote(data) + " does not match format " + quote(format));
        }
        if (found.end() != data.length()) {
            throw PyErrors.valueError("unconverted data remains: " + data.substring(found.end()));
        }
        Long year = null;
        Long isoYear = null;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int tz = -1;
        PyObject gmtoff = PyNone.NONE;
        Integer isoWeek = null;
        Integer weekOfYear = null;
        boolean weekStartsMonday = false;
        Integer weekday = null;
        Integer julian = null;
        String zoneName = null;
        for (String key : groupsOf(regex.pattern())) {
            String value = found.group(key);
            if (value == null) {
                continue;
            }
            String lower = value.toLowerCase(Locale.ROOT);
            switch (key) {
                case "y" -> {
                    long y = Long.parseLong(value);
                    year = y <= 68 ? y + 2000 : y + 1900;
                }
                case "Y" -> year = Long.parseLong(value);
                case "G" -> isoYear = Long.parseLong(value);
                case "m" -> month = Integer.parseInt(value);
                case "B" -> month = indexOf(MONTHS, lower, 0) + 1;
                case "b" -> month = indexOf(MONTHS, lower, 3) + 1;
                case "d" -> day = Integer.parseInt(value.strip());
                case "H" -> hour = Integer.parseInt(value);
                case "I" -> {
                    hour = Integer.parseInt(value);
                    String ampm = found.pattern().pattern().contains("(?<p>") && found.group("p") != null
                            ? found.group("p").toLowerCase(Locale.ROOT) : "";
                    if (ampm.isEmpty() || ampm.equals("am")) {
                        hour = hour == 12 ? 0 : hour;
                    } else if (hour != 12) {
                        hour += 12;
                    }
                }
                case "M" -> minute = Integer.parseInt(value);
                case "S" -> second = Integer.parseInt(value);
                case "A" -> weekday = indexOf(WEEKDAYS, lower, 0);
                case "a" -> weekday = indexOf(WEEKDAYS, lower, 3);
                case "w" -> {
                    int w = Integer.parseInt(value);
                    weekday = w == 0 ? 6 : w - 1;
                }
                case "u" -> weekday = Integer.parseInt(value) - 1;
                case "j" -> julian = Integer.parseInt(value);
                case "U", "W" -> {
                    weekOfYear = Integer.parseInt(value);
                    weekStartsMonday = key.equals("W");
                }
                case "V" -> isoWeek = Integer.parseInt(value);
                case "z" -> gmtoff = PyInt.of(offset(value));
                case "Z" -> {
                    tz = 0;
                    zoneName = value;
                }
                default -> { }
            }
        }
        if (year == null && isoYear != null) {
            if (isoWeek == null || weekday == null) {
                throw PyErrors.valueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                        + "weekday directive ('%A', '%a', '%w', or '%u').");
            }
            if (julian != null) {
                throw PyErrors.valueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                        + "Use '%Y' instead.");
            }
        } else if (weekOfYear == null && isoWeek != null) {
            if (weekday == null) {
                throw PyErrors.valueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                        + "weekday directive ('%A', '%a', '%w', or '%u').");
            }
            throw PyErrors.valueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO "
                    + "year '%G' instead.");
        }
        boolean leapYearFix = false;
        if (year == null && month == 2 && day == 29) {
            year = 1904L;
            leapYearFix = true;
        } else if (year == null) {
            year = 1900L;
        }
        if (julian == null && weekday != null) {
            if (weekOfYear != null) {
                julian = julianFromWeek(year, weekOfYear, weekday, weekStartsMonday);
            } else if (isoYear != null && isoWeek != null) {
                long[] r = julianFromIsoWeek(isoYear, isoWeek, weekday + 1);
                year = r[0];
                julian = (int) r[1];
            }
            if (julian != null && julian <= 0) {
                year -= 1;
                julian += LocalDate.of(year.intValue(), 1, 1).isLeapYear() ? 366 : 365;
            }
        }
        LocalDate date;
        if (julian == null) {
            date = date(year, month, day);
            julian = date.getDayOfYear();
        } else {
            date = LocalDate.of(year.intValue(), 1, 1).plusDays(julian - 1L);
            year = (long) date.getYear();
            month = date.getMonthValue();
            day = date.getDayOfMonth();
        }
        if (weekday == null) {
            weekday = date.getDayOfWeek().getValue() - 1;
        }
        if (leapYearFix) {
            year = 1900L;
        }
        return StructTime.KIND.make(PyInt.of(year), PyInt.of(month), PyInt.of(day), PyInt.of(hour), PyInt.of(minute),
                PyInt.of(second), PyInt.of(weekday), PyInt.of(julian), PyInt.of(tz),
                zoneName == null ? PyNone.NONE : PyStr.of(zoneName), gmtoff);
    }

    /** A directive used twice names its group twice: re's error, as compiling _strptime's pattern raises it. */
    private static void refuseRedefinitions(String python) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        int group = 0;
        for (int i = 0; i < python.length(); i++) {
            char c = python.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' && python.startsWith("(?P<", i)) {
                group++;
                String name = python.substring(i + 4, python.indexOf('>', i));
                Integer before = seen.putIfAbsent(name, group);
                if (before != null) {
                    throw ReModule.error("redefinition of group name " + PyStr.repr(name) + " as group " + group
                            + "; was group " + before, PyStr.of(python), i + 4);
                }
            } else if (c == '(' && !python.startsWith("(?", i)) {
                group++;
            }
        }
    }

    /** The named groups of a pattern, in the order they open (Python's groupdict order). */
    private static List<String> groupsOf(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\(\\?<([A-Za-z])>").matcher(pattern);
        while (m.find()) {
            if (GROUPS.indexOf(m.group(1).charAt(0)) >= 0 && !names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static int indexOf(String[] names, String value, int length) {
        for (int i = 0; i < names.length; i++) {
            if ((length == 0 ? names[i] : names[i].substring(0, length)).equals(value)) {
                return i;
            }
        }
        throw new IllegalStateException(value);
    }

    /** The seconds east of UTC a %z names: "+0130", "-01:30:15", "Z". */
    private static long offset(String z) {
        if (z.equals("Z")) {
            return 0;
        }
        String s = z;
        if (s.charAt(3) == ':') {
            s = s.substring(0, 3) + s.substring(4);
            if (s.length() > 5) {
                if (s.charAt(5) != ':') {
                    throw PyErrors.valueError("Inconsistent use of : in " + z);
                }
                s = s.substring(0, 5) + s.substring(6);
            }
        }
        long seconds = Long.parseLong(s.substring(1, 3)) * 3600 + Long.parseLong(s.substring(3, 5)) * 60
                + (s.length() >= 7 ? Long.parseLong(s.substring(5, 7)) : 0);
        return s.startsWith("-") ? -seconds : seconds;
    }

    /** datetime.date(year, month, day), with its ValueError. */
    private static LocalDate date(long year, int month, int day) {
        try {
            return LocalDate.of((int) year, month, day);
        } catch (DateTimeException e) {
            throw PyErrors.valueError("day is out of range for month");
        }
    }

    private static int julianFromWeek(long year, int week, int dayOfWeek, boolean startsMonday) {
        int firstWeekday = LocalDate.of((int) year, 1, 1).getDayOfWeek().getValue() - 1;
        int dow = dayOfWeek;
        if (!startsMonday) {
            firstWeekday = (firstWeekday + 1) % 7;
            dow = (dow + 1) % 7;
        }
        int week0Length = (7 - firstWeekday) % 7;
        if (week == 0) {
            return 1 + dow - firstWeekday;
        }
        return 1 + week0Length + 7 * (week - 1) + dow;
    }

    private static long[] julianFromIsoWeek(long isoYear, int isoWeek, int isoWeekday) {
        int correction = LocalDate.of((int) isoYear, 1, 4).getDayOfWeek().getValue() + 3;
        long ordinal = isoWeek * 7L + isoWeekday - correction;
        long y = isoYear;
        if (ordinal < 1) {
            ordinal += LocalDate.of((int) y, 1, 1).toEpochDay();
            y -= 1;
            ordinal -= LocalDate.of((int) y, 1, 1).toEpochDay();
        }
        return new long[] {y, ordinal};
    }

    private static String quote(String s) {
        return PyStr.repr(s);
    }
}
