t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[1:], t * 2, t + (4,), (1,), ())
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
h, *mid, tl = range(5)
print(first, rest, init, last, h, mid, tl)
(x, y), z = (1, 2), 3
print(x, y, z)
x, y = y, x
print(x, y, t.count(2), t.index(3), len(t), max(t), min(t))
for i, (k, v) in enumerate([("a", 1), ("b", 2)], start=1):
    print(i, k, v)
print(tuple([1, 2]), tuple("ab"), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
