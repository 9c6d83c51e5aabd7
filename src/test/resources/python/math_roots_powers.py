# Square roots, powers and exponentials: float results (sqrt(4) is 2.0), isqrt on big ints,
# pow's special values, and the domain and range errors CPython raises.
import math

for x in (0, 4, 2, 0.25, 1e-320, 1e308, 10**20, True):
    print("sqrt", x, "=", math.sqrt(x))
for n in (0, 1, 15, 16, 17, 10**40, 2**200 - 1, 12345678901234567890123456789):
    print("isqrt", n, "=", math.isqrt(n))
print(math.isqrt(True), math.cbrt(27), math.cbrt(-8), math.cbrt(2))

pairs = [(2, 10), (2, 0.5), (-8, 1 / 3), (0, 0), (1, float("nan")), (float("nan"), 0), (-1, float("inf")),
         (float("inf"), -1), (-float("inf"), 3), (-float("inf"), 2), (0.5, float("inf")), (2, -float("inf")),
         (-2, 3), (10, -2), (0, -1), (-1, 0.5), (10, 400), (1e308, 2)]
for x, y in pairs:
    try:
        print("pow", x, y, "=", math.pow(x, y))
    except Exception as e:
        print("pow", x, y, "->", type(e).__name__ + ":", e)

for fn in (math.exp, math.exp2, math.expm1):
    for x in (0, 1, -1, 1e-10, 10, 709, 710, -1000, float("inf"), float("-inf"), float("nan")):
        try:
            print(fn.__name__, x, "=", fn(x))
        except Exception as e:
            print(fn.__name__, x, "->", type(e).__name__ + ":", e)

for bad in (-1, -1e-300, float("-inf"), -(10**30)):
    try:
        math.sqrt(bad)
    except ValueError as e:
        print("sqrt", bad, "->", e)
for bad in (-1, 2.0, "9", 10**30 * 1.0):
    try:
        print(math.isqrt(bad))
    except Exception as e:
        print("isqrt", repr(bad), "->", type(e).__name__ + ":", e)
try:
    math.sqrt(10**400)
except OverflowError as e:
    print("sqrt of a huge int ->", e)
