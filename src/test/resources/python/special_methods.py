class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __hash__(self):
        return hash((self.x, self.y))
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __call__(self, factor):
        return self * factor
    def __bool__(self):
        return bool(self.x or self.y)
a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), a == V(1, 2), a != b, a < b, sorted([b, a]))
print(a[0], list(a), len(a), a(10), bool(V(0, 0)), {a: "a"}[V(1, 2)], max([a, b]))
x, y = b
print(x, y)
class Cadena:
    def __init__(self, s):
        self.s = s
    def __str__(self):
        return f"<{self.s}>"
    def __format__(self, spec):
        return f"[{self.s:{spec}}]"
    def __contains__(self, x):
        return x in self.s
c = Cadena("abc")
print(c, str(c), f"{c:>5}", "b" in c, "z" in c, [str(c)])
