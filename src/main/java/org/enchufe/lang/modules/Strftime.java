package org.enchufe.lang.modules;

import java.util.Locale;

/**
 * {@code time.strftime} as CPython on Linux prints it: glibc's strftime in the C locale, with its
 * flags ({@code _ - 0 ^ #}), widths and {@code E}/{@code O} modifiers; a conversion glibc does not
 * know is copied as written.
 */
final class Strftime {

    /** The E and O modifiers glibc refuses before a conversion (the rest it takes, and ignores in the C locale). */
    private static final String REFUSED_MODIFIERS = " Ea Oa EA OA Eb EB Oc Ed ED OD Ee EF OF Eg EG Eh EH EI Ej Ek El Em EM ES EU "
            + "EV Ew EW Ox OX OY ";

    private final StructTime.Tm tm;
    private final StringBuilder out = new StringBuilder();

    /** The flags and width of the conversion at hand. */
    private char pad;
    private boolean upper;
    private boolean swapCase;
    private int width;

    private Strftime(StructTime.Tm tm) {
        this.tm = tm;
    }

    static String format(String format, StructTime.Tm tm) {
        Strftime f = new Strftime(tm);
        f.run(format);
        return f.out.toString();
    }

    private void run(String format) {
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i = conversion(format, i);
        }
    }

    /** The conversion at {@code start} (a '%'): writes it and returns where the format goes on. */
    private int conversion(String format, int start) {
        int i = start + 1;
        pad = 0;
        upper = false;
        swapCase = false;
        width = -1;
        while (i < format.length() && "_-0^#".indexOf(format.charAt(i)) >= 0) {
            switch (format.charAt(i)) {
                case '^' -> upper = true;
                case '#' -> swapCase = true;
                default -> pad = format.charAt(i);
            }
            i++;
        }
        while (i < format.length() && Character.isDigit(format.charAt(i)) && format.charAt(i) < 128) {
            width = (width < 0 ? 0 : width * 10) + format.charAt(i) - '0';
            i++;
        }
        char modifier = 0;
        if (i < format.length() && (format.charAt(i) == 'E' || format.charAt(i) == 'O')) {
            modifier = format.charAt(i);
            i++;
        }
        if (i >= format.length()) {
            text(format.substring(start), false);
            return i;
        }
        char c = format.charAt(i);
        boolean allowed = modifier == 0 || !REFUSED_MODIFIERS.contains(" " + modifier + c + " ");
        if (!allowed || !convert(c)) {
            text(format.substring(start, i + 1), false);
        }
        return i + 1;
    }

    /** Writes conversion {@code c}; false when glibc does not know it. */
    private boolean convert(char c) {
        long year = tm.year();
        switch (c) {
            case '%' -> text("%", false);
            case 'a' -> name(StructTime.WEEKDAYS[tm.wday()].substring(0, 3));
            case 'A' -> name(StructTime.WEEKDAYS[tm.wday()]);
            case 'b', 'h' -> name(StructTime.MONTHS[tm.mon()].substring(0, 3));
            case 'B' -> name(StructTime.MONTHS[tm.mon()]);
            case 'c' -> nested("%a %b %e %H:%M:%S %Y");
            case 'C' -> number(Math.floorDiv(year, 100), 1, '0');
            case 'd' -> number(tm.mday(), 2, '0');
            case 'D', 'x' -> nested("%m/%d/%y");
            case 'e' -> number(tm.mday(), 2, ' ');
            case 'F' -> nested("%Y-%m-%d");
            case 'g' -> number(Math.floorMod(isoYearAndWeek()[0], 100), 2, '0');
            case 'G' -> number(isoYearAndWeek()[0], 1, '0');
            case 'H' -> number(tm.hour(), 2, '0');
            case 'I' -> number(twelveHour(), 2, '0');
            case 'j' -> number(tm.yday() + 1, 3, '0');
            case 'k' -> number(tm.hour(), 2, ' ');
            case 'l' -> number(twelveHour(), 2, ' ');
            case 'm' -> number(tm.mon() + 1, 2, '0');
            case 'M' -> number(tm.min(), 2, '0');
            case 'n' -> text("\n", false);
            case 'p' -> text(tm.hour() < 12 ? "AM" : "PM", true);
            case 'P' -> {
                upper = false;
                text(tm.hour() < 12 ? "am" : "pm", false);
            }
            case 'r' -> nested("%I:%M:%S %p");
            case 'R' -> nested("%H:%M");
            case 's' -> number(tm.epochSeconds(), 1, '0');
            case 'S' -> number(tm.sec(), 2, '0');
            case 't' -> text("\t", false);
            case 'T', 'X' -> nested("%H:%M:%S");
            case 'u' -> number(tm.wday() == 0 ? 7 : tm.wday(), 1, '0');
            case 'U' -> number((tm.yday() - tm.wday() + 7) / 7, 2, '0');
            case 'V' -> number(isoYearAndWeek()[1], 2, '0');
            case 'w' -> number(tm.wday(), 1, '0');
            case 'W' -> number((tm.yday() - (tm.wday() + 6) % 7 + 7) / 7, 2, '0');
            case 'y' -> number(Math.floorMod(year, 100), 2, '0');
            case 'Y' -> number(year, 1, '0');
            case 'z' -> offset();
            case 'Z' -> {
                // The struct_time's own zone; else the zone's name, none when daylight saving is unknown.
                text(tm.zone() != null ? tm.zone() : tm.isdst() < 0 ? "" : "UTC", true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * %z, as glibc writes it: nothing for a time whose daylight saving is unknown; a width pads
     * both before the sign (less one) and the hhmm after it.
     */
    private void offset() {
        if (tm.isdst() < 0) {
            return;
        }
        long off = Math.abs(tm.gmtoff());
        String hhmm = Long.toString(off / 3600 * 100 + off / 60 % 60);
        char fill = pad == '_' || pad == '-' ? ' ' : '0';
        int digits = pad == '-' ? Math.max(0, width) : Math.max(4, width);
        out.repeat(pad == '0' ? '0' : ' ', Math.max(0, width - 1)).append(tm.gmtoff() < 0 ? '-' : '+')
                .repeat(fill, Math.max(0, digits - hhmm.length())).append(hhmm);
    }

    private int twelveHour() {
        int h = tm.hour() % 12;
        return h == 0 ? 12 : h;
    }

    /**
     * The ISO 8601 year and week ({@code %G %g %V}) as glibc finds them: from the tm's day of the
     * year and weekday, whatever the calendar says of its date.
     */
    private long[] isoYearAndWeek() {
        int yday = tm.yday();
        int wday = tm.wday();
        long year = tm.year();
        int adjust = 0;
        int days = isoWeekDays(yday, wday);
        if (days < 0) {
            adjust = -1;
            days = isoWeekDays(yday + 365 + (leap(year - 1) ? 1 : 0), wday);
        } else {
            int next = isoWeekDays(yday - 365 - (leap(year) ? 1 : 0), wday);
            if (next >= 0) {
                adjust = 1;
                days = next;
            }
        }
        return new long[] {year + adjust, days / 7 + 1};
    }

    /** Days since the Monday of the year's first ISO week (glibc's iso_week_days; Thursday decides the week). */
    private static int isoWeekDays(int yday, int wday) {
        int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
    }

    private static boolean leap(long year) {
        return Math.floorMod(year, 4) == 0 && (Math.floorMod(year, 100) != 0 || Math.floorMod(year, 400) == 0);
    }

    /** A day's or month's name: {@code ^} and {@code #} make it upper case. */
    private void name(String name) {
        text(upper || swapCase ? name.toUpperCase(Locale.ROOT) : name, false);
    }

    /** A conversion made of others (%c, %D, %T…): the whole padded to the width, {@code ^} upper-casing it. */
    private void nested(String format) {
        text(format(format, tm), false);
    }

    /** Text padded to the width with spaces (zeros under {@code 0}); {@code #} lower-cases what {@code swaps}, before {@code ^} could upper-case it. */
    private void text(String s, boolean swaps) {
        String t = swaps && swapCase ? s.toLowerCase(Locale.ROOT) : upper ? s.toUpperCase(Locale.ROOT) : s;
        out.repeat(pad == '0' ? '0' : ' ', Math.max(0, width - t.length())).append(t);
    }

    /**
     * A number padded with {@code fill} to {@code digits} or the width; {@code _} pads with spaces,
     * {@code 0} with zeros, and {@code -} pads only to a width given, with spaces.
     */
    private void number(long value, int digits, char fill) {
        String s = Long.toString(Math.abs(value));
        String sign = value < 0 ? "-" : "";
        char p = pad == '_' || pad == '-' ? ' ' : pad == '0' ? '0' : fill;
        int w = (pad == '-' ? Math.max(0, width) : Math.max(digits, width)) - sign.length();
        if (p == ' ') {
            out.repeat(' ', Math.max(0, w - s.length())).append(sign).append(s);
        } else {
            out.append(sign).repeat('0', Math.max(0, w - s.length())).append(s);
        }
    }
}
