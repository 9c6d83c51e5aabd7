# A tour of builtins, formatting and common errors, as a student's first scripts use them.
# assorted semantics
x = [1, 2, 3]
a, *b = x
print(a, b, *x, sep='|', end='!\n')
print(f"{x!r:>20}|{3.14159:.2f}|{'s':^5}|{255:#x}|{255:08b}|{1e20}|{1.5e-7}|{-0.0}")
print("%5.1f|%-4d|%s|%r|%x|%o|%e|%g|%c" % (3.14159, 42, "hi", "hi", 255, 8, 12345.678, 0.0001, 65))
print("{0}{1}{0}".format("ab", "cd"), "{:,}".format(1234567), "{:_}".format(1234567), format(0.1 + 0.2, '.17g'))
d = {'b': 1, 'a': 2}
d['c'] = 3
del d['b']
print(d, list(d.items()), sorted(d), {k: v for k, v in d.items() if v > 2})
s = {3, 1, 2}
print(s, s | {4}, s & {1, 9}, s - {1}, {frozenset([1])} if False else 0)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** -1, 2 ** 100, round(2.5), round(3.5), round(1.25, 1))
print(int("0x1f", 16), int("  42 "), float("inf"), float("-nan"), int(3.99), int(-3.99), bool([]), str(b"x"))
print(repr(1/3), 1e16, 1e15, 123456789.0 * 10, 0.1, 100.0, 1e-5, 1.0e-4)
print(b"abc".hex(), bytes.fromhex("61 62"), b"a\x00\xff", bytearray(b"xy"), "é".encode(), "\u00e9".encode("latin-1"))
print("a,b,,c".split(","), " x  y ".split(), "abc".find("c"), "ab" * 3, "Hello".swapcase(), "x".join("abc"))
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e), e.args)
try:
    int("x")
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
class P:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"P({self.n})"
    def __eq__(self, o): return isinstance(o, P) and o.n == self.n
    def __lt__(self, o): return self.n < o.n
print(sorted([P(3), P(1)]), P(1) == P(1), P(1) != P(2), P(2) in [P(2)])
g = (i * i for i in range(5))
print(next(g), list(g), list(zip("ab", range(3))), list(enumerate("xy", 1)), list(map(str, [1, 2])))
print(max([3, 1, 2], key=lambda v: -v), min("bca"), sum([0.1] * 10), any([]), all([]))
print(isinstance(True, int), issubclass(bool, int), type(1) is int, type(None).__name__)
print(hash(1) == hash(1.0), hash("") == 0, id(x) == id(x))
import sys
print(sys.argv[0].endswith(".py"), sys.maxsize, sys.byteorder)
