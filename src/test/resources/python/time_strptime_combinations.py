# strptime over generated formats and the texts strftime makes of generated instants, some cut short
# or with a stray letter: the struct_time, or the ValueError (or re's error) CPython's _strptime gives.
import time
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
directives = "aAbBcdfHIjmMpSUwWyYzZxX%uVG"
seps = [" ", "-", "/", ":", "", "  ", ",", "T"]
for k in range(500):
    fmt = ""
    for _ in range(1 + rnd(4)):
        fmt += "%" + directives[rnd(len(directives))] + seps[rnd(len(seps))]
    when = time.gmtime(rnd(2000000000) - 500000000)
    text = time.strftime(fmt.replace("%f", "123").replace("%z", "+0130").replace("%Z", "UTC").replace("%G", "%Y").replace("%V", "%W").replace("%u", "%w"), when)
    if rnd(5) == 0:
        text = text[:rnd(len(text) + 1)] + "x" * rnd(2)
    try:
        r = time.strptime(text, fmt)
        print(repr(fmt), repr(text), tuple(r), r.tm_zone, r.tm_gmtoff)
    except ValueError as e:
        print(repr(fmt), repr(text), "ValueError:", e)
    except Exception as e:
        print(repr(fmt), repr(text), type(e).__name__, e)
