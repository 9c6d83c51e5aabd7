# Adding measurements exactly: fsum against sum, prod with a start, and isclose to compare
# round-trip times with a tolerance.
import math

samples = [0.1] * 10
print(sum(samples), math.fsum(samples), math.fsum(samples) == 1.0)
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), sum([1e100, 1.0, -1e100]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)), math.fsum(iter([0.5, 0.25, True])))
print(math.fsum([1.7976931348623157e308, -1e308, 1e308 * 0.5]), math.fsum([-0.0, -0.0]), math.fsum([2**53, 1.0, 1.0]))
print(math.fsum([float("inf"), 1.0]), math.fsum([float("-inf"), float("-inf")]), math.fsum([float("nan"), 1]))
print(math.fsum(x / 7 for x in range(1000)), math.fsum([0.3, 0.6, -0.9]), math.fsum([1e308, -1e308, 1e308]))
for bad in ([1e308, 1e308], [float("inf"), float("-inf")], [1, "2"], 5, [None]):
    try:
        print(math.fsum(bad))
    except Exception as e:
        print("fsum", repr(bad)[:30], "->", type(e).__name__ + ":", e)

print(math.prod([]), math.prod([2, 3, 4]), math.prod(range(1, 21)), math.prod([1.5, 2, 4]), math.prod([2] * 100))
print(math.prod([2, 3], start=10), math.prod([], start="x"), math.prod([3], start=[0]), math.prod(iter((0.5, 0.5))))
for args, kwargs in (((["a", "b"],), {}), ((5,), {}), (([1], 2), {}), (([1],), {"begin": 2}), (([2, "ab"],), {})):
    try:
        print(math.prod(*args, **kwargs))
    except Exception as e:
        print("prod", args, kwargs, "->", type(e).__name__ + ":", e)

rtts = [(0.1 + 0.2, 0.3), (1e-10, 0), (100, 100.00000001), (100, 101), (float("inf"), float("inf")),
        (float("inf"), 1e308), (float("nan"), float("nan")), (0.0, -0.0)]
for a, b in rtts:
    print("isclose", a, b, math.isclose(a, b), math.isclose(a, b, abs_tol=1e-9), math.isclose(a, b, rel_tol=0.05))
for kwargs in ({"rel_tol": -0.1}, {"abs_tol": -1}, {"rel_tol": "x"}, {"tol": 1}):
    try:
        print(math.isclose(1, 1.1, **kwargs))
    except Exception as e:
        print("isclose", kwargs, "->", type(e).__name__ + ":", e)
try:
    math.isclose(1, 2, 0.5)
except TypeError as e:
    print("isclose positional ->", e)
