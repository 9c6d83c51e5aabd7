# What math takes as a number: floats, ints (bools too), objects with __float__ or __index__;
# strings, None and complex are refused with "must be real number", ints too large for a float
# with an OverflowError, and __float__ returning something else is a TypeError.
import math


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __float__(self):
        return float(self.degrees)


class Index:
    def __index__(self):
        return 9


class Broken:
    def __float__(self):
        return "nine"


print(math.sqrt(Celsius(16)), math.sqrt(Index()), math.exp(Celsius(0)), math.isnan(Celsius(float("nan"))))
print(math.floor(Celsius(2.5)), math.ceil(Index()), math.hypot(Celsius(3), Index()), math.pow(Index(), 0.5))
print(math.copysign(Index(), -1), math.fabs(Celsius(-4)), math.sqrt(False), math.cos(0))
for value in ("4", None, [4], Broken(), 10**400, b"4", {}):
    for fn in (math.sqrt, math.sin, math.log, math.floor, math.isinf):
        try:
            print(fn.__name__, fn(value))
        except Exception as e:
            print(fn.__name__, type(value).__name__, "->", type(e).__name__ + ":", e)
print(type(math.sqrt(4)).__name__, math.sqrt(4), type(math.floor(4.5)).__name__, type(math.fabs(-2)).__name__)
print(sorted(n for n in dir(math) if not n.startswith("_")) == sorted(n for n in vars(math) if not n.startswith("_")))
print(math.__name__, math.__package__, callable(math.sqrt), math.sqrt.__name__, repr(math.sqrt))
from math import pi, sqrt as root
print(pi, root(2))
