# time.strftime: every directive glibc knows, as CPython on Linux prints it in the C locale, for a
# server's log line, an HTTP Date header and the slides' timestamps.
import time

t = time.gmtime(1700000000)
for d in "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%":
    print("%" + d, repr(time.strftime("%" + d, t)))
print(time.strftime("%a, %d %b %Y %H:%M:%S GMT", t))
print(time.strftime("[%Y-%m-%d %H:%M:%S] server listening", time.gmtime(0)))
print(time.strftime("%-d %_d %05d %^a %#b %10Y %-j %Ey %Od %EY %_5H %-I %^B %#Z %#p %^p %-m/%-d", t))
print(repr(time.strftime("%Ec|%EC|%Ex|%EX|%Oy|%OH|%OM|%OS|%Om|%Oe|%Ow|%OU|%OV|%Ox|%Ea|%Q|%q|%E|%O|%-|%", t)))
print(repr(time.strftime("%^c|%12a|%-12a|%012B|%3Y|%_3m|%^20r|%#A|%^%", t)))
morning = time.gmtime(1700000000 - 22 * 3600)
print(time.strftime("%I %l %p %P %r", morning), "|", time.strftime("%I %p", time.gmtime(12 * 3600)))
for year_start in (1609459200, 1640995200, 1704067200, 1735603200):
    print(time.strftime("%Y-%m-%d %a %U %W %V %G %g %u %w %j", time.gmtime(year_start)))
print(repr(time.strftime("%Z %z", (2024, 1, 2, 3, 4, 5, 0, 2, 0))), repr(time.strftime("%Z %z", time.localtime(0))))
print(repr(time.strftime("%z", time.struct_time((2024, 1, 2, 3, 4, 5, 0, 2, 0, "CET", 3600)))),
      repr(time.strftime("%z %Z", time.struct_time((2024, 1, 2, 3, 4, 5, 0, 2, 0, "XYZ", -5400)))))
for tt in [(2024, 1, 1, 13, 0, 0, 0, 1, -1), (2024, 1, 1, 13, 0, 0, 0, 1, 1), (2024, 1, 1, 13, 0, 0, 0, 1, -7),
           (-5, 1, 1, 0, 0, 0, 0, 1, 0), (5, 1, 1, 0, 0, 0, 0, 1, 0), (12345, 1, 1, 0, 0, 0, 0, 1, 0)]:
    print(repr(time.strftime("%Z|%z|%Y|%C|%y|%G|%g|%s|%5%|%-5%|%^P|%#P|%#a|%^#a|%#c|%_10Z", tt)))
print(time.strftime("%G %V %g", (2024, 1, 1, 0, 0, 0, 6, 1, 0)), time.strftime("%G %V %g", (2024, 12, 31, 0, 0, 0, 1, 366, 0)),
      time.strftime("%G %V %g", (2021, 1, 1, 0, 0, 0, 4, 1, 0)), time.strftime("%G %V %g", (2020, 12, 31, 0, 0, 0, 3, 366, 0)))
print(repr(time.strftime("%Z|%z", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, -1)))))
print(len(time.strftime("%H:%M:%S")), time.strftime("") == "", time.strftime("plain text"))
for tt in [(2024, 0, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 0, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 61, 0, 1, 0),
           (2024, 1, 1, 0, 0, 0, 7, 1, 0), (2024, 1, 1, 0, 0, 0, -1, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 0, 0),
           (2024, 1, 1, 0, 0, 0, 0, 1, 5), (99999, 1, 1, 0, 0, 0, 0, 1, 0), (5, 1, 1, 0, 0, 0, 0, 1, 0)]:
    print(tt, repr(time.strftime("%Y-%m-%d %H:%M:%S %a %j %w", tt)))


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0), (1, 2, 3), "x",
            (2024.5, 1, 1, 0, 0, 0, 0, 1, 0), ("2024", 1, 1, 0, 0, 0, 0, 1, 0)]:
    attempt(repr(bad), lambda: time.strftime("%Y", bad))
attempt("strftime(5)", lambda: time.strftime(5))
attempt("strftime(b'%Y')", lambda: time.strftime(b"%Y", t))
attempt("null", lambda: time.strftime("%Y\0", t))
attempt("no arguments", lambda: time.strftime())
