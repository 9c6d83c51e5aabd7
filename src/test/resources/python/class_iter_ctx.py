class Cuenta:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Cuenta(3)), sum(Cuenta(4)), [x * 2 for x in Cuenta(2)])
class Recurso:
    def __init__(self, nombre):
        self.nombre = nombre
    def __enter__(self):
        print("entra", self.nombre)
        return self
    def __exit__(self, tipo, valor, tb):
        print("sale", self.nombre, tipo.__name__ if tipo else None)
        return tipo is ValueError
with Recurso("a") as r:
    print("dentro", r.nombre)
with Recurso("b"):
    raise ValueError("tragada")
print("sigue")
with Recurso("c") as c1, Recurso("d") as d1:
    print(c1.nombre, d1.nombre)
try:
    with Recurso("e"):
        raise KeyError("k")
except KeyError as e:
    print("fuera", e)
class Bolsa:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        self.items[k] = v
    def __contains__(self, k):
        return k in self.items
    def __bool__(self):
        return bool(self.items)
b = Bolsa()
print(bool(b), "x" in b)
b["x"] = 1
print(b["x"], bool(b), "x" in b)
