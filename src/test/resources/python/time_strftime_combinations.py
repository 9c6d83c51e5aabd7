# strftime over generated formats — conversions, flags, widths, E/O modifiers, unknown letters —
# and generated tuples, against what glibc prints through CPython (a fixed LCG: the same run each time).
import time

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


conversions = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%EOQq"
flags = ["", "", "", "_", "-", "0", "^", "#", "^#", "-_"]
for k in range(600):
    fmt = ""
    for _ in range(1 + rnd(4)):
        width = "" if rnd(3) else str(rnd(12))
        modifier = "" if rnd(6) else "EO"[rnd(2)]
        fmt += "%" + flags[rnd(len(flags))] + width + modifier + conversions[rnd(len(conversions))] + ("" if rnd(3) else "-")
    year = 1900 + rnd(300) if rnd(5) else rnd(20000) - 5000
    tt = (year, 1 + rnd(12), 1 + rnd(28), rnd(24), rnd(60), rnd(62), rnd(7), 1 + rnd(366), rnd(3) - 1)
    if rnd(4) == 0:
        tt = time.struct_time(tt + (["CET", "UTC", "XYZ"][rnd(3)], (rnd(9) - 4) * 1800))
    print(repr(fmt), repr(time.strftime(fmt, tt)))
