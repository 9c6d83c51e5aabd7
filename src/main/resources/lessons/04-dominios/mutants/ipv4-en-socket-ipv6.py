# replaces: dominios.py
# fails: inet6, direccion-inet6
# fires: pista-familia, pista-rechazada
# The IPv6 socket is given the IPv4 loopback, as if an address were an address in any domain:
# Python cannot turn 127.0.0.1 into an IPv6 address, the bind never happens, the program
# dies of the gaierror and the address is never printed.
import os
import socket

v4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
v4.bind(('127.0.0.1', 5004))
v4.listen()

RUTA = 'dominio.sock'
if os.path.exists(RUTA):
    os.unlink(RUTA)
local = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
local.bind(RUTA)

for s, direccion in [(v4, RUTA), (local, ('127.0.0.1', 5004)),
                     (socket.socket(socket.AF_INET, socket.SOCK_DGRAM), ('::1', 5004))]:
    try:
        s.connect(direccion)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    socket.socket(socket.AF_UNSPEC, socket.SOCK_STREAM)
except OSError as e:
    print('AF_UNSPEC ->', e)
cliente6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
try:
    cliente6.connect(('::1', 5004))
except OSError as e:
    print(e)
cliente4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cliente4.connect(('127.0.0.1', 5004))
os.unlink(RUTA)

v6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
v6.bind(('127.0.0.1', 0))
print('AF_INET6:', v6.getsockname())
