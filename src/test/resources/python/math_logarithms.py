# Logarithms: natural, any base, base 2 and 10, of floats and of ints too big for a float, with
# CPython's "math domain error" for zero and negatives and a ZeroDivisionError for base 1.
import math

for x in (1, 2, math.e, 10, 0.5, 1e-300, 1e308, 2**1024, 10**400, 3**5000, True):
    print("log", repr(x)[:20], math.log(x), math.log2(x), math.log10(x))
for x, base in ((8, 2), (100, 10), (1000, 10), (81, 3), (2, 0.5), (10**500, 10), (5, 2**2000), (0.1, 7)):
    print("log", repr(x)[:12], "base", repr(base)[:12], "=", math.log(x, base))
for n in (0, 1, 2, 1023, 1024, 1025, 2**52, 2**53 + 1, 2**64):
    print("bits for", n, "->", math.ceil(math.log2(n + 1)) if n else 0)
for x in (0, 1e-15, -0.5, 1, math.e - 1, float("inf")):
    try:
        print("log1p", x, math.log1p(x))
    except ValueError as e:
        print("log1p", x, "->", e)
print(math.log(float("inf")), math.log(float("nan")), math.log2(float("inf")), math.log10(0.001))

for fn in (math.log, math.log2, math.log10):
    for bad in (0, -1, 0.0, -2.5, float("-inf"), -(10**400), "10", None):
        try:
            print(fn.__name__, fn(bad))
        except Exception as e:
            print(fn.__name__, repr(bad)[:20], "->", type(e).__name__ + ":", e)
for args in ((10, 1), (10, 0), (10, -2), (0, 10), (1, 1)):
    try:
        print("log", args, math.log(*args))
    except Exception as e:
        print("log", args, "->", type(e).__name__ + ":", e)
