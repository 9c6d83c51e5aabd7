def contador(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "terminado"
g = contador(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def lector(lineas):
    for l in lineas:
        l = l.strip()
        if not l or l.startswith("#"):
            continue
        yield l.split("=", 1)
config = dict(lector(["# comentario", "host=servidor.lab", "", "puerto=5000"]))
print(config)
gen = (x * x for x in range(4))
print(sum(gen), sum(gen))
def infinito():
    n = 0
    while True:
        yield n
        n += 1
for v in infinito():
    if v > 3:
        break
    print(v)
print(list(zip(infinito(), "abc")))
