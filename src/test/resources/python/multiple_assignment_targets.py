class Caja:
    pass
c = Caja()
c.a, c.b = 1, 2
l = [0, 0, 0]
l[0], l[2] = "x", "z"
d = {}
d["k"], n = 5, 6
print(c.a, c.b, l, d, n)
x = y = []
x.append(1)
print(y)
i = 0
l2 = [10, 20]
i, l2[i] = 1, 99
print(i, l2)
