it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "fin"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
r = range(10, 0, -3)
print(list(r), len(r), r[1], 4 in r, 7 in r, r)
e = enumerate(["x", "y"])
print(next(e), list(e))
z = zip("ab", [1, 2, 3])
print(list(z))
