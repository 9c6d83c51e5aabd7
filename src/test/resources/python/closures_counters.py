def crear_contadores():
    contadores = {}
    def incrementar(nombre):
        contadores[nombre] = contadores.get(nombre, 0) + 1
        return contadores[nombre]
    def informe():
        return sorted(contadores.items())
    return incrementar, informe
inc, inf = crear_contadores()
for n in ["a", "b", "a", "c", "a"]:
    inc(n)
print(inf())
def acumulador(inicio):
    total = inicio
    def sumar(x):
        nonlocal total
        total += x
        return total
    return sumar
s = acumulador(10)
print(s(1), s(2), s(3))
