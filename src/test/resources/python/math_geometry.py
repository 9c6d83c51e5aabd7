# Trigonometry and distances, as a program placing hosts on a plane would: sin/cos/tan and their
# inverses, atan2 for bearings, degrees/radians, hypot of any number of coordinates, dist.
import math

hosts = {"router": (0, 0), "a": (3, 4), "b": (-1.5, 2.25), "c": (10, -7)}
for name, (x, y) in hosts.items():
    print(name, "distance", math.hypot(x, y), "bearing", round(math.degrees(math.atan2(y, x)), 6))
print(math.dist(hosts["a"], hosts["c"]), math.dist([1, 2, 3], (4, 5, 6)), math.dist((), ()))
print(math.hypot(), math.hypot(-7), math.hypot(3, 4, 12), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1), math.hypot(5e-324, 5e-324))
print(math.hypot(*range(1, 11)), math.hypot(0.1, 0.2, 0.3), math.dist((1.5, 2.5), (0.1, 0.7)))

for deg in (0, 30, 45, 60, 90, 180, 270, 360, -45):
    r = math.radians(deg)
    print(deg, r, math.sin(r), math.cos(r), math.tan(r))
for x in (-1, -0.5, 0, 0.5, 1):
    print("inverse", x, math.asin(x), math.acos(x), math.atan(x))
for y, x in ((0.0, -0.0), (-0.0, -0.0), (1, 0), (0, -1), (float("inf"), float("inf")), (float("-inf"), 3), (2, float("-inf"))):
    print("atan2", y, x, math.atan2(y, x))
for x in (0, 0.5, 1, 2, 20, -3):
    print("hyperbolic", x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in (1, 1.5, 2, 10, 1e10, 1e300):
    print("acosh", x, math.acosh(x))
for x in (0, 0.1, 0.5, -0.75, 0.999):
    print("atanh", x, math.atanh(x))
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf, math.degrees(math.pi), math.radians(180))

for fn, bad in ((math.sin, float("inf")), (math.cos, float("-inf")), (math.asin, 2), (math.acos, -1.01),
                (math.acosh, 0.5), (math.atanh, 1), (math.atanh, -2), (math.cosh, 1000), (math.sinh, -1000),
                (math.tan, "x")):
    try:
        print(fn.__name__, fn(bad))
    except Exception as e:
        print(fn.__name__, bad, "->", type(e).__name__ + ":", e)
for args in (((1, 2), (1, 2, 3)), (1, 2), ((1, "a"), (1, 2)), ([1], "a")):
    try:
        print(math.dist(*args))
    except Exception as e:
        print("dist", args, "->", type(e).__name__ + ":", e)
try:
    math.hypot(3, "4")
except TypeError as e:
    print("hypot ->", e)
