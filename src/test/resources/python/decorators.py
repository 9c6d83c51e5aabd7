def registro(f):
    def envoltura(*args, **kwargs):
        print("llamando", f.__name__, args, kwargs)
        r = f(*args, **kwargs)
        print("devuelve", r)
        return r
    return envoltura
@registro
def suma(a, b=0):
    return a + b
suma(2, b=3)
def repetir(n):
    def deco(f):
        def w():
            return [f() for _ in range(n)]
        return w
    return deco
@repetir(3)
def hola():
    return "hola"
print(hola())
class Temperatura:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("imposible")
        self._c = v
t = Temperatura()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
