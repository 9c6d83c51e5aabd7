print([x * x for x in range(6) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(4)}, {c for c in "hello"} == set("helo"))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
g = (x + 1 for x in [1, 2, 3])
print(next(g), list(g), list(g))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row])
print(any(x > 5 for x in [1, 9]), all(x > 0 for x in [1, 0]))
