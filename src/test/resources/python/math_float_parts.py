# Looking inside floats: frexp/ldexp, modf, copysign, fabs, fmod against %, remainder, nextafter,
# ulp and the isfinite/isinf/isnan tests a program uses to validate numbers it received.
import math

for x in (0.0, -0.0, 1.0, 8.0, 0.1, -3.75, 1e308, 5e-324, 2.2250738585072014e-308, float("inf"), float("nan"), 7, True):
    m, e = math.frexp(x)
    print("frexp", x, m, e, math.ldexp(m, e))
for x, i in ((1.0, 1023), (1.0, -1074), (1.0, -1075), (0.75, -1074), (3, 4), (0.0, 10**30), (1.5, -10**30),
             (float("inf"), -5), (2.0, True)):
    print("ldexp", x, i if abs(i) < 10**6 else "huge", math.ldexp(x, i))
for x in (3.75, -3.75, 0.0, -0.0, 5, 1e300, float("inf"), float("-inf"), float("nan")):
    print("modf", x, math.modf(x))
for x, y in ((1, -0.0), (-1, 2), (0.0, -1), (float("nan"), -1), (3, float("-inf"))):
    print("copysign", x, y, math.copysign(x, y))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(float("-inf")), math.fabs(True))
for x, y in ((7, 3), (-7, 3), (7, -3), (5.5, 2), (-0.0, 1), (3, float("inf")), (-3, float("-inf")), (1e300, 1e-300)):
    print("fmod", x, y, math.fmod(x, y), x % y, "remainder", math.remainder(x, y))
for x, y in ((1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (1e308 * 10, 0), (2.0, 2.0), (5e-324, 0)):
    print("nextafter", x, y, math.nextafter(x, y))
for x in (1.0, 0.0, -2.5, 1e300, 5e-324, 1.7976931348623157e308, float("inf"), float("nan"), 10**20):
    print("ulp", x, math.ulp(x))
for x in (0, 1.5, -1e308, float("inf"), float("-inf"), float("nan"), 10**400 // 10**399):
    print("check", x, math.isfinite(x), math.isinf(x), math.isnan(x))

calls = [(math.fmod, (1, 0)), (math.fmod, (float("inf"), 1)), (math.remainder, (1, 0)), (math.remainder, (float("inf"), 2)),
         (math.ldexp, (1.0, 1.5)), (math.ldexp, (1.0, 2000)), (math.ldexp, (1e308, 10)), (math.ldexp, ("1", 2)),
         (math.frexp, ("x",)), (math.isnan, ("nan",)), (math.isfinite, (10**400,)), (math.nextafter, (1, "2")),
         (math.ulp, (None,)), (math.modf, ([1],)), (math.copysign, (1, "x"))]
for fn, args in calls:
    try:
        print(fn.__name__, args, fn(*args))
    except Exception as e:
        print(fn.__name__, args, "->", type(e).__name__ + ":", e)
