# Classes: multiple inheritance and super(), properties, __getattr__/__setattr__ with object's own, operators.
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x):
        if x < 0: raise ValueError("neg")
        self._v = x
p = P(); p.v = 5; print(p.v)
try: p.v = -1
except ValueError as e: print(e)
class G:
    def __getattr__(self, name): return "dyn_" + name
    def __setattr__(self, name, value): object.__setattr__(self, name, value * 2)
g = G(); g.x = 21; print(g.x, g.missing)
class H:
    def __eq__(self, o): return True
try: hash(H())
except TypeError as e: print(e)
class K:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o.k
print(len({K(1), K(1), K(2)}), K(1) in {K(1)})
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __mul__(self, o): return Num(self.v * o)
    def __neg__(self): return Num(-self.v)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
print(Num(1) + Num(2), 5 + Num(1), Num(3) * 2, -Num(4), sum([Num(1), Num(2)], Num(0)), max(Num(1), Num(7)))
try: Num(1) - Num(2)
except TypeError as e: print(e)
class Cnt:
    count = 0
    def __init__(self): Cnt.count += 1
Cnt(); Cnt(); print(Cnt.count, Cnt().count)
class Base:
    def __init_subclass__(cls): pass
print(type("X", (object,), {"a": 1})().a, isinstance(D(), A), issubclass(D, (C,)), D.__bases__ if False else "")
class S:
    __slots__ = ()
print(vars(P()), dir(P)[-3:] if False else "", getattr(P(), "zz", "dflt"))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), [x for x in It()], sum(It()), dict(zip(It(), "abc")))
print(str(1.0/3), 2**64, -2**63, 10**30 // 7, 10**30 % 7, (-10)**3, 7 // -2, int(1e20), float(2**70), 1e22, 1e21, 123e-310)
print(f"{1e-5:.3e} {123456789:e} {0.000123:g} {1234567.0:g} {12:5.1%} {-1:+} {1:=+5} {3.0:n} {42:c}")
print("%.3g|%10.4e|%-8.2f|%08.3f|%+.0f|%#o|%#x|%5s|%.0e" % (1234.5, 0.00012345, 3.14159, -3.14159, 2.5, 8, 255, "ab", 15000))
print(round(2.675, 2), round(-1.5), round(0.5), 1.1 + 2.2, 0.1 * 3, 1 / 3 * 3, round(9.95, 1), abs(-0.0))
print("ñandú".upper(), "ß".upper(), "İ".lower(), len("🐍"), "é" == "e\u0301", "ÀÉ".casefold(), "straße".encode("utf-8"))
print(b"\xc3\xb1".decode(), b"\xff".decode("latin-1"), "abc".encode("ascii"), bytes(3), bytes([65, 66]), b"%d-%s" % (1, b"x"))
try: b"\xff".decode()
except UnicodeDecodeError as e: print(e)
try: "ñ".encode("ascii")
except UnicodeEncodeError as e: print(e)
