# replaces: dominios.py
# fails: ip-de-otra-familia, eafnosupport, v6-rechazada, v4-conecta
# Every mixed address is taken for a TypeError: an IPv6 host on an AF_INET socket has the right
# shape, so Python raises socket.gaierror instead, which the except does not catch; the program
# dies there and never reaches the later steps.
import os
import socket

v4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
v4.bind(('127.0.0.1', 5004))
v4.listen()
print('AF_INET: ', v4.getsockname())
v6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
v6.bind(('::1', 0))
print('AF_INET6:', v6.getsockname())
RUTA = 'dominio.sock'
if os.path.exists(RUTA):
    os.unlink(RUTA)
local = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
local.bind(RUTA)

for s, direccion in [(v4, RUTA), (local, ('127.0.0.1', 5004)), (v4, ('::1', 5004))]:
    try:
        s.connect(direccion)
    except TypeError as e:
        print('TypeError', e)

socket.socket(socket.AF_UNSPEC, socket.SOCK_STREAM)
