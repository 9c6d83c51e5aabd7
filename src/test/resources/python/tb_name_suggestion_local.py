def f():
    contador = 1
    return contadr
f()
