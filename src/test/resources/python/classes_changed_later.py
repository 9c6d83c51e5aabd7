# Classes changed after their instances exist: special methods and properties added, replaced
# and deleted at run time take effect at once, on instances of the class and of its subclasses.

class Base:
    pass


class Child(Base):
    def __init__(self):
        self.x = 1


c = Child()
print(c.x)


def loud_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


Base.__setattr__ = loud_setattr
c.y = 2
print(c.y)
del Base.__setattr__
c.z = 3
print(c.z)

Base.x = property(lambda self: "from the property")
print(c.x)
try:
    c.x = 5
except AttributeError as e:
    print("AttributeError:", e)
del Base.x
print(c.x)
c.x = 6
print(c.x)


def spy(self, name):
    return "spied " + name


Child.__getattribute__ = spy
print(c.anything)
del Child.__getattribute__
print(c.z)

Child.counter = 0
for i in range(2000):
    Child.counter += 1
    c.x = c.x + 1
print(Child.counter, c.x)


class Temperature:
    def __init__(self):
        self._celsius = 20

    @property
    def celsius(self):
        return self._celsius

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        self._celsius = None

    blank = property()


t = Temperature()
del t.celsius
print(t.celsius)
try:
    t.celsius = 5
except AttributeError as e:
    print(e)
try:
    t.blank
except AttributeError as e:
    print(e)
try:
    del t.blank
except AttributeError as e:
    print(e)
Temperature.later = Temperature.__dict__["celsius"].getter(lambda self: "later")
print(t.later)
try:
    t.later = 1
except AttributeError as e:
    print(e)
