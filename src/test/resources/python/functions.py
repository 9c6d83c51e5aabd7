def saluda(nombre, saludo="Hola", *, signo="!"):
    return f"{saludo}, {nombre}{signo}"
print(saluda("Ana"), saluda("Luis", "Buenas"), saluda("Eva", signo="?"), saluda(saludo="Hey", nombre="Bo"))
def varios(*args, **kwargs):
    return args, kwargs
print(varios(), varios(1, 2, a=3), varios(*[1, 2], **{"k": "v"}))
def contador():
    total = 0
    def sumar(n):
        nonlocal total
        total += n
        return total
    return sumar
c = contador(); c(5); print(c(10))
g = 1
def cambia():
    global g
    g = 99
cambia(); print(g)
cuadrado = lambda x: x * x
print(cuadrado(7), list(map(lambda v: v + 1, [1, 2])), list(filter(None, [0, 1, "", "a"])))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def doc():
    """Documentación."""
print(doc.__doc__, doc.__name__, saluda.__defaults__)
def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, 3), pos(1, 2, c=3))
