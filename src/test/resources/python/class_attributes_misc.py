class Animal:
    especie = "genérica"
    contador = 0
    def __init__(self, nombre):
        self.nombre = nombre
        Animal.contador += 1
    def hablar(self):
        return f"{self.nombre} hace ruido"
class Perro(Animal):
    especie = "canis"
    def hablar(self):
        return super().hablar() + " (guau)"
p = Perro("Rex"); a = Animal("Gen")
print(p.hablar(), a.hablar(), Perro.especie, a.especie, Animal.contador)
print(type(p) is Perro, type(p) == Animal, isinstance(p, Animal), Perro.__bases__, Perro.__name__, Perro.__qualname__)
print(p.__class__.__name__, p.__dict__, hasattr(p, "hablar"), callable(p.hablar))
m = p.hablar
print(m())
Perro.ladrar = lambda self: "¡guau!"
print(p.ladrar())
class Vacia:
    pass
v = Vacia()
v.x = 1
print(v.x, Vacia.__name__, isinstance(v, object))
