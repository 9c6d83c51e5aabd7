r = range(0, 20, 5)
print(r, list(r), r[-1], r[1:3], len(range(10, 0)), list(range(-3, 3)), 15 in r, 16 in r)
print(range(5) == range(0, 5), range(0) == range(1, 1), list(reversed(range(3))), r.index(10), r.count(5))
s = slice(1, 5, 2)
print("abcdefgh"[s], [0, 1, 2, 3, 4, 5][s], s.start, s.stop, s.step)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
