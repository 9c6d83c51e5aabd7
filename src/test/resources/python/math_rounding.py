# Rounding to whole numbers: how many packets a message needs, how many full windows fit; ceil,
# floor and trunc give ints, ask a class's own __ceil__/__floor__/__trunc__, and refuse inf and NaN.
import math

MTU = 1460
for size in (0, 1, 1460, 1461, 65535, 10**6):
    packets = math.ceil(size / MTU)
    print(size, "bytes ->", packets, "packets", type(packets).__name__)

for x in (2.5, -2.5, 0.0, -0.0, 1e300, -1e-300, 7, -7, True, 2**100, 3.999999999999999):
    print(repr(x)[:24], math.ceil(x), math.floor(x), math.trunc(x))


class Seconds:
    def __init__(self, value):
        self.value = value

    def __ceil__(self):
        return "ceil of %s" % self.value

    def __floor__(self):
        return "floor of %s" % self.value

    def __trunc__(self):
        return int(self.value)


class Ratio:
    def __float__(self):
        return 2.75


s = Seconds(3.2)
print(math.ceil(s), "|", math.floor(s), "|", math.trunc(s))
print(math.ceil(Ratio()), math.floor(Ratio()))

for bad in (float("inf"), float("-inf"), float("nan"), "3.5", None, Ratio()):
    for fn in (math.ceil, math.floor, math.trunc):
        try:
            print(fn.__name__, fn(bad))
        except Exception as e:
            print(fn.__name__, repr(bad)[:20], "->", type(e).__name__ + ":", e)
