def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b
print(list(fib(10)))
def cuenta():
    print("inicio")
    yield 1
    print("medio")
    yield 2
    print("fin")
g = cuenta()
print(type(g).__name__)
for v in g:
    print("valor", v)
def eco():
    recibido = yield "listo"
    while True:
        recibido = yield f"eco: {recibido}"
e = eco()
print(next(e), e.send("hola"), e.send("adiós"))
def pares(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(sum(pares(range(10))), list(zip(fib(5), "abcde")))
