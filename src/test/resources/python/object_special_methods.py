# The special methods every class inherits from object, called as attributes: what a program
# written from the data model docs reaches for (super().__init__, __eq__ fallbacks, __ne__).


class Point:
    def __init__(self, x, y):
        super().__init__()
        self.x, self.y = x, y


p, q = Point(1, 2), Point(1, 2)
print(p.__eq__(p), p.__eq__(q), p.__ne__(q), p.__ne__(p))
print(p.__lt__(q), p.__le__(q), p.__gt__(q), p.__ge__(q))
print(object.__eq__(p, p), object.__ne__(p, 3))
print(p.__hash__() == hash(p), object.__hash__(p) == hash(p))
print(p.__str__() == p.__repr__() == repr(p))
print(p.__format__("") == str(p))
print(p.__getstate__())
print(object().__getstate__(), (1).__getstate__())
print(p.__class__.__name__, p.__init_subclass__(), Point.__subclasshook__())
print(sorted(p.__dir__()) == dir(p))
print("x" in p.__dir__(), "__eq__" in dir(object))


class Same:
    def __eq__(self, other):
        return isinstance(other, Same)


print(Same() != Same(), Same().__ne__(Same()), Same().__ne__(1))


class Named:
    def __repr__(self):
        return "Named()"

    def __str__(self):
        return "named " + super().__str__() + " / " + object.__repr__(self)[:15]


print(str(Named()))


class Singleton:
    instance = None

    def __new__(cls):
        if cls.instance is None:
            cls.instance = super().__new__(cls)
        return cls.instance


print(Singleton() is Singleton(), type(object.__new__(Point)).__name__)

for call in (lambda: object.__format__(p, "x"), lambda: object.__format__(p, 3),
             lambda: object.__new__(Point, 1), lambda: object.__new__(int),
             lambda: object.__init__(object(), 1), lambda: Point.__init_subclass__(x=1),
             lambda: object.__new__(ValueError), lambda: object.__new__(type("I", (int,), {}))):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Strict:
    def __init__(self, value):
        super().__init__(value)


try:
    Strict(1)
except TypeError as e:
    print("TypeError:", e)

print(int.__init__ is object.__init__, str.__init__ is object.__init__)
print(object.__dict__["__class__"], type(object.__dict__["__init_subclass__"]).__name__ != "")
print((5).__getnewargs__(), "ab".__getnewargs__(), b"x".__getnewargs__(), (1, 2).__getnewargs__())
print(b"xy".__bytes__(), True.__getnewargs__())
for kind in (int, str, bytes, list, dict, tuple, set, object):
    print(kind.__name__, [n for n in ("__init__", "__new__", "__eq__", "__hash__", "__class__", "__format__") if n in dir(kind)])
