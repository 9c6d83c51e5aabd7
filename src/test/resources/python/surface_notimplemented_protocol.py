# A class meets the value types' special methods: NotImplemented hands the operation over.
class Meters:
    def __init__(self, n):
        self.n = n

    def __radd__(self, other):
        return Meters(other + self.n)

    def __rmul__(self, other):
        return Meters(other * self.n)

    def __repr__(self):
        return "Meters(%r)" % self.n


print((5).__add__(Meters(2)), 5 + Meters(2), 2.5 * Meters(2), (2.5).__mul__(Meters(2)))
print(sum([Meters(1)], 0))
try:
    sum([Meters(1), Meters(2)], 0)
except TypeError as e:
    print("TypeError:", e)
print([int.__add__(a, b) for a, b in [(1, 2), (3, 4)]], list(map(str.upper, ["a", "b"])))
print(sorted(["b", "A", "c"], key=str.lower), max([1, -5, 3], key=int.__abs__))
print(list(filter(str.isdigit, ["1", "a", "22"])), dict.fromkeys("ab", 0).__len__())
try:
    (1).__add__()
except TypeError as e:
    print("TypeError")
