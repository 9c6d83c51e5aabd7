# gmtime, localtime, mktime, asctime and ctime on fixed instants: the sandbox's zone is UTC.
import time

for seconds in (0, 1, 86399, 86400, 951782400, 1e9, 1700000000.75, -1, -0.5, 2**31, 253402300799):
    g = time.gmtime(seconds)
    print(seconds, tuple(g), g.tm_zone)
print(time.localtime(0), time.localtime(0).tm_zone, time.localtime(0).tm_gmtoff)
print(time.gmtime(1234567890) == time.localtime(1234567890))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.mktime(time.gmtime(1e9)), time.mktime(time.localtime(1700000000)))
print(time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)), time.mktime((2024, 13, 1, 0, 0, 0, 0, 1, 0)))
print(time.mktime((2024, 1, 1, 13, 0, 0, 0, 1, 1)), time.mktime((2024, 1, 1, 13, 0, 0, 0, 1, -1)))
print(time.mktime((2024, 3, 0, 25, 61, 0, 0, 0, 0)), time.mktime((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(time.asctime(time.gmtime(0)), "|", time.asctime((2024, 1, 2, 3, 4, 5, 0, 1, 0)))
print(time.ctime(0), "|", time.ctime(1e9), "|", time.ctime(-86400.5))
print(type(time.gmtime()).__name__, time.gmtime(None).tm_year >= 2024, len(time.ctime()), len(time.asctime()))
print(time.gmtime(time.mktime(time.localtime(1700000000))) == time.gmtime(1700000000))


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for fn in (time.gmtime, time.localtime, time.ctime):
    attempt(fn.__name__ + "('x')", lambda: fn("x"))
    attempt(fn.__name__ + "(nan)", lambda: fn(float("nan")))
    attempt(fn.__name__ + "(1e30)", lambda: fn(1e30))
    attempt(fn.__name__ + "(-2**70)", lambda: fn(-2**70))
attempt("mktime((1, 2))", lambda: time.mktime((1, 2)))
attempt("mktime(5)", lambda: time.mktime(5))
attempt("mktime(floats)", lambda: time.mktime((2024.0, 1, 1, 0, 0, 0, 0, 1, 0)))
attempt("asctime((1, 2))", lambda: time.asctime((1, 2)))
attempt("asctime('x')", lambda: time.asctime("x"))
attempt("asctime(month 13)", lambda: time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0)))
attempt("asctime(hour 24)", lambda: time.asctime((2024, 1, 1, 24, 0, 0, 0, 1, 0)))
