class Punto:
    """Un punto."""
    dimension = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Punto({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Punto) and (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Punto(self.x + other.x, self.y + other.y)
    def __len__(self):
        return 2
    def distancia(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Punto(3, 4)
print(p, repr(p), [p], p.distancia(), p == Punto(3, 4), p != Punto(0, 0), p + p, len(p))
print(Punto.dimension, p.dimension, type(p).__name__, isinstance(p, Punto), Punto.__doc__)
class Punto3D(Punto):
    dimension = 3
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return f"Punto3D({self.x}, {self.y}, {self.z})"
q = Punto3D(1, 2, 3)
print(q, q.distancia(), isinstance(q, Punto), issubclass(Punto3D, Punto), Punto3D.__mro__)
class Contador:
    total = 0
    @classmethod
    def crear(cls):
        cls.total += 1
        return cls()
    @staticmethod
    def ayuda():
        return "ayuda"
    @property
    def valor(self):
        return Contador.total * 10
Contador.crear(); c = Contador.crear()
print(Contador.total, c.valor, Contador.ayuda(), c.ayuda())
print(hasattr(c, "valor"), getattr(c, "nada", "def"), vars(p))
setattr(p, "x", 100); print(p.x)
