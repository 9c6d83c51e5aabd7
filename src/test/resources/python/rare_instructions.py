# Instructions few programs use, each inside a function too, so both tiers run them.
from errno import *
from struct import pack, unpack as desempaquetar

print(ECONNREFUSED, EADDRINUSE)
print(desempaquetar('!H', pack('!H', 5000)))

contador = 0


def borra_global():
    global contador
    contador = 7
    del contador
    try:
        contador
    except NameError as e:
        print('NameError:', e)


def importa_dentro():
    from errno import ETIMEDOUT, ECONNRESET
    from struct import calcsize
    return ETIMEDOUT, ECONNRESET, calcsize('!HH')


def celda_borrada():
    x = 'vivo'

    def lee():
        return x
    print(lee())
    del x
    try:
        lee()
    except NameError as e:
        print('NameError:', e)


def clase_con_libre():
    puerto = 5000

    class Servidor:
        p = puerto
        q = puerto + 1
    return Servidor.p, Servidor.q


borra_global()
print(importa_dentro())
celda_borrada()
print(clase_con_libre())
for _ in range(3):
    borra_global()
    celda_borrada()


class Conexion:
    pass


def estructuras(xs):
    puertos = {xs[0], xs[1]}
    c = Conexion()
    c.estado = 'abierta'
    del c.estado
    print(hasattr(c, 'estado'))
    d = {'a': 1, 'b': 2}
    del d['a']
    todo = {**d, **{'c': 3}}
    cuenta = [0, 0]
    cuenta[1] += 5
    dobles = [x * 2 for x in xs]
    unicos = {x % 3 for x in xs}
    tabla = {x: str(x) for x in xs}
    union = {*xs, *puertos}
    primero, *resto = xs
    en_rango = 0 < xs[0] < 10
    return sorted(puertos), todo, cuenta, dobles, sorted(unicos), tabla, sorted(union), primero, resto, en_rango


for _ in range(2):
    print(estructuras([3, 4, 5]))
