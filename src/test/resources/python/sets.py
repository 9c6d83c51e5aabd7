s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1)
print(s, len(s), 2 in s, s | {9}, s & {2, 3, 7}, s - {2}, s ^ {3, 5})
print(set(), set([1, 1, 2]), frozenset([1, 2]), {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2})
print(sorted({x % 3 for x in range(10)}), {1, 2}.union([3]), {1, 2}.intersection({2}), {1, 2}.isdisjoint({3}))
