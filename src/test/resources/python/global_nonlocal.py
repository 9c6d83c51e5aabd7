contador = 0
def incrementa():
    global contador
    contador += 1
for _ in range(3):
    incrementa()
print(contador)
def externa():
    n = 0
    def a():
        nonlocal n
        n += 10
    def b():
        return n
    a(); a()
    return b()
print(externa())
