# time.strptime by _strptime's rules: parsing what a client sent, and every ValueError it gives.
import time

cases = [
    ("2024-03-05", "%Y-%m-%d"), ("05/03/24 14:07", "%d/%m/%y %H:%M"), ("Tue Nov 14 22:13:20 2023", "%c"),
    ("11/14/23 10:13:20 PM", "%x %I:%M:%S %p"), ("22:13:20", "%X"), ("2024 01 3", "%Y %U %w"),
    ("2024 00 0", "%Y %W %w"), ("2024 01 3", "%G %V %u"), ("2021 53 5", "%G %V %u"), ("+01:30", "%z"),
    ("-0130", "%z"), ("Z", "%z"), ("+01:30:15.5", "%z"), ("UTC", "%Z"), ("gmt 12", "%Z %H"), ("2024 100", "%Y %j"),
    ("12 am", "%I %p"), ("12 PM", "%I %p"), ("1 pm", "%I %p"), ("monday", "%A"), ("FRI", "%a"), ("  2024  ", " %Y "),
    ("2024.5", "%Y.%f"), ("Feb 29", "%b %d"), ("february 3", "%B %d"), (" 7 Jan 1999", "%d %b %Y"), ("69 12", "%y %d"), ("68 1", "%y %d"),
    ("100%", "%j%%"), ("2024-12-31T23:59:60", "%Y-%m-%dT%H:%M:%S"), ("2024 3 1", "%Y %m %d"),
    ("[2024]", "[%Y]"), ("a.b 2024", "a.b %Y"), ("2024", "%Y"), ("Tue Nov 14 22:13:20 2023", "%a %b %d %H:%M:%S %Y"),
]
for data, fmt in cases:
    r = time.strptime(data, fmt)
    print(repr(data), repr(fmt), tuple(r), r.tm_zone, r.tm_gmtoff)
print(time.strptime("Tue Nov 14 22:13:20 2023"))
print(time.mktime(time.strptime("2024-03-05 12:00", "%Y-%m-%d %H:%M")))


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for data, fmt in [("x", "%Y"), ("2024abc", "%Y"), ("2024", "%Q"), ("2024", "%"), ("2024", "% Y"), ("2024", "%Y%"),
                  ("5 5", "%d %d"), ("2023-02-29", "%Y-%m-%d"), ("2024-04-31", "%Y-%m-%d"), ("2024 5", "%G %V"),
                  ("5 1", "%V %u"), ("2024 5 1 100", "%G %V %u %j"), ("+01:3015", "%z"), ("13", "%m"),
                  ("24", "%H"), ("69 68", "%y %d"), ("2024 W1", "%Y %W"), ("", "%Y"), ("2024", ""), ("2024-03-05", "%Y.%m.%d")]:
    attempt(repr(data) + " " + repr(fmt), lambda: tuple(time.strptime(data, fmt)))
attempt("strptime(5, '%Y')", lambda: time.strptime(5, "%Y"))
attempt("strptime('5', 5)", lambda: time.strptime("5", 5))
attempt("strptime()", lambda: time.strptime())
