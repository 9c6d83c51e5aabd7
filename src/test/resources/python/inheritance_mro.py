class A:
    def quien(self):
        return "A"
class B(A):
    def quien(self):
        return "B" + super().quien()
class C(A):
    def quien(self):
        return "C" + super().quien()
class D(B, C):
    def quien(self):
        return "D" + super().quien()
print(D().quien(), [k.__name__ for k in D.__mro__])
class Base:
    def __init__(self):
        self.valor = self.calcular()
    def calcular(self):
        return 1
class Hija(Base):
    def calcular(self):
        return 2
print(Hija().valor, Base().valor)
