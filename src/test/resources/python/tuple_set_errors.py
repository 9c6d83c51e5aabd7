t = (1, 2)
for f in [lambda: t[2], lambda: t.index(5), lambda: {1}.remove(2), lambda: set().pop(), lambda: hash({1}), lambda: t + [3]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
s = {3, 1, 2}
print(s, sorted(s), {1, 2} == {2, 1}, frozenset({1}) in {frozenset({1})}, {(1, 2), (1, 2)})
print({-1, -2, 5, 1000, 7}, {10, 20, 30, 40, 50, 60, 70, 80, 90})
