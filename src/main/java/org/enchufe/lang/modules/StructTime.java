package org.enchufe.lang.modules;


import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyStructSeq;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code time.struct_time} and the C {@code struct tm} behind it: from seconds since the epoch
 * (gmtime, localtime: the sandbox's zone is UTC), from a program's tuple with CPython's checks
 * (gettmarg, checktm), and back to seconds (mktime).
 */
final class StructTime {

    static final PyStructSeq.Kind KIND = PyStructSeq.Kind.constructible("time", "struct_time", 9,
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone",
            "tm_gmtoff");

    static final String[] WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};

    /**
     * A C {@code struct tm}: year in full (not less 1900), month 0–11, weekday 0 = Sunday, day of
     * the year 0–365, as strftime reads them; {@code zone} null when the tuple had none.
     */
    record Tm(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst, String zone,
              long gmtoff) {

        /**
         * Seconds since the epoch of this date and time in UTC, fields past their range carried, as
         * glibc's mktime: a time said to be in daylight saving time (isdst &gt; 0) is taken an hour ahead.
         */
        long epochSeconds() {
            long days = daysFromCivil(year + Math.floorDiv(mon, 12), Math.floorMod(mon, 12) + 1, 1) + mday - 1;
            return days * 86_400 + hour * 3600L + min * 60L + sec - (isdst > 0 ? 3600 : 0);
        }
    }

    private StructTime() {
    }

    /** gmtime(seconds) or localtime(seconds): the zone is what tm_zone says ('GMT' for gmtime, 'UTC' for localtime). */
    static PyStructSeq at(long epochSeconds, String zone) {
        long days = Math.floorDiv(epochSeconds, 86_400);
        long secondOfDay = Math.floorMod(epochSeconds, 86_400);
        long[] date = civilFromDays(days);
        if (date[0] - 1900 > Integer.MAX_VALUE || date[0] - 1900 < Integer.MIN_VALUE) {
            // glibc's struct tm counts years in an int.
            throw PyErrors.osError(org.enchufe.lang.runtime.Errno.EOVERFLOW);
        }
        long yday = days - daysFromCivil(date[0], 1, 1) + 1;
        return KIND.make(PyInt.of(date[0]), PyInt.of(date[1]), PyInt.of(date[2]), PyInt.of(secondOfDay / 3600),
                PyInt.of(secondOfDay / 60 % 60), PyInt.of(secondOfDay % 60), PyInt.of(Math.floorMod(days + 3, 7)),
                PyInt.of(yday), PyInt.of(0), PyStr.of(zone), PyInt.of(0));
    }

    /** Days since 1970-01-01 of a date of the proleptic Gregorian calendar, for any year a long holds. */
    static long daysFromCivil(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /** The year, month and day of a count of days since 1970-01-01. */
    static long[] civilFromDays(long days) {
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        return new long[] {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
    }

    /**
     * The seconds argument of gmtime, localtime and ctime, rounded toward minus infinity as
     * CPython's _PyTime_ObjectToTime_t; null when absent or None (now).
     */
    static Long seconds(Interpreter in, PyObject[] args) {
        if (args.length == 0 || args[0] == PyNone.NONE) {
            return null;
        }
        PyObject s = args[0];
        if (s instanceof PyFloat f) {
            double d = f.value();
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("Invalid value NaN (not a number)");
            }
            double floor = Math.floor(d);
            if (!(floor >= -9.223372036854776E18 && floor < 9.223372036854776E18)) {
                throw PyErrors.overflow("timestamp out of range for platform time_t");
            }
            return (long) floor;
        }
        if (s instanceof PyInt i) {
            if (!i.isSmall()) {
                throw PyErrors.overflow("timestamp out of range for platform time_t");
            }
            return i.asLong();
        }
        return (long) Ops.index(in, s);
    }

    /** CPython's gettmarg and checktm: a 9-tuple (or struct_time) of ints, its fields in range. */
    static Tm fromTuple(Interpreter in, PyObject arg, String function) {
        if (!(arg instanceof PyTuple tuple)) {
            throw PyErrors.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw PyErrors.typeError(function + "(): illegal time tuple argument");
        }
        long[] v = cInts(in, tuple);
        String zone = null;
        long gmtoff = 0;
        if (arg instanceof PyStructSeq st && st.type() == KIND.type()) {
            zone = st.field("tm_zone") instanceof PyStr z ? z.value() : null;
            gmtoff = st.field("tm_gmtoff") instanceof PyInt g ? g.asLong() : 0;
        }
        int mon = (int) v[1] - 1;
        int mday = (int) v[2];
        int wday = (int) ((v[6] + 1) % 7);
        int yday = (int) v[7] - 1;
        if (mon == -1) {
            mon = 0;
        } else if (mon < 0 || mon > 11) {
            throw PyErrors.valueError("month out of range");
        }
        if (mday == 0) {
            mday = 1;
        } else if (mday < 0 || mday > 31) {
            throw PyErrors.valueError("day of month out of range");
        }
        if (v[3] < 0 || v[3] > 23) {
            throw PyErrors.valueError("hour out of range");
        }
        if (v[4] < 0 || v[4] > 59) {
            throw PyErrors.valueError("minute out of range");
        }
        if (v[5] < 0 || v[5] > 61) {
            throw PyErrors.valueError("seconds out of range");
        }
        if (wday < 0) {
            throw PyErrors.valueError("day of week out of range");
        }
        if (yday == -1) {
            yday = 0;
        } else if (yday < 0 || yday > 365) {
            throw PyErrors.valueError("day of year out of range");
        }
        int isdst = (int) Math.max(-1, Math.min(1, v[8]));
        return new Tm(v[0], mon, mday, (int) v[3], (int) v[4], (int) v[5], wday, yday, isdst, zone, gmtoff);
    }

    /** mktime's tuple: as gettmarg reads it, without checktm's range checks (mktime carries what overflows). */
    static Tm forMktime(Interpreter in, PyObject arg) {
        if (!(arg instanceof PyTuple tuple)) {
            throw PyErrors.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw PyErrors.typeError("mktime(): illegal time tuple argument");
        }
        long[] v = cInts(in, tuple);
        return new Tm(v[0], (int) v[1] - 1, (int) v[2], (int) v[3], (int) v[4], (int) v[5], 0, 0, (int) v[8], null, 0);
    }

    /** The nine fields as PyArg_ParseTuple's "i" reads them: ints that fit a C int. */
    private static long[] cInts(Interpreter in, PyTuple tuple) {
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            PyObject item = tuple.get(i);
            if (item instanceof PyFloat) {
                throw PyErrors.typeError("'float' object cannot be interpreted as an integer");
            }
            PyInt n = item instanceof PyInt own ? own : PyInt.of(Ops.index(in, item));
            if (n.signum() > 0 && (!n.isSmall() || n.asLong() > Integer.MAX_VALUE)) {
                throw PyErrors.overflow("signed integer is greater than maximum");
            }
            if (n.signum() < 0 && (!n.isSmall() || n.asLong() < Integer.MIN_VALUE)) {
                throw PyErrors.overflow("signed integer is less than minimum");
            }
            v[i] = n.asLong();
        }
        if (v[0] < Integer.MIN_VALUE + 1900L) {
            throw PyErrors.overflow("year out of range");
        }
        return v;
    }

    /** asctime's text: "Tue Nov 14 22:13:20 2023". */
    static String asctime(Tm tm) {
        return String.format(java.util.Locale.ROOT, "%s %s%3d %02d:%02d:%02d %d", WEEKDAYS[tm.wday()].substring(0, 3),
                MONTHS[tm.mon()].substring(0, 3), tm.mday(), tm.hour(), tm.min(), tm.sec(), tm.year());
    }
}
