# time.struct_time: a tuple with named fields, as a server's log or a protocol's header decodes it.
import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[:3], t[6:])
year, month, day, *rest = t
print(year, month, day, rest)
print(isinstance(t, tuple), type(t).__name__, type(t).__module__, time.struct_time)
print(t == tuple(t), t == time.gmtime(1700000000), t < time.gmtime(1700000001), hash(t) == hash(tuple(t)))
print(tuple(t), list(t)[:2], t + (1,), t * 1 == tuple(t), t.count(0), t.index(14))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
made = time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0))
print(made, made.tm_zone, made.tm_gmtoff)
made = time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0, "CET", 3600))
print(made, made.tm_zone, made.tm_gmtoff)
made = time.struct_time([2024, 2, 29, 12, 30, 0, 3, 60, 0], {"tm_zone": "UTC", "tm_gmtoff": 0})
print(made.tm_zone, made.tm_gmtoff)
print(time.struct_time(n for n in range(9)), time.struct_time(range(10)).tm_zone)


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("no sequence", lambda: time.struct_time())
attempt("short", lambda: time.struct_time((1, 2)))
attempt("long", lambda: time.struct_time(tuple(range(12))))
attempt("not a sequence", lambda: time.struct_time(5))
attempt("dict not a dict", lambda: time.struct_time([1] * 9, 5))
attempt("set a field", lambda: setattr(t, "tm_year", 2000))
attempt("set another", lambda: setattr(t, "colour", 1))
attempt("missing field", lambda: t.tm_colour)
attempt("assign an item", lambda: t.__setitem__(0, 1))
attempt("index past", lambda: t[11])
