# replaces: dominios.py
# fails: eafnosupport
# socket.socket() with no family, taken for "any domain": it is AF_INET, so it succeeds and the
# EAFNOSUPPORT the step asks for never comes (AF_UNSPEC must be asked for by name).
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

for s, direccion in [(v4, RUTA), (local, ('127.0.0.1', 5004)), (v6, ('127.0.0.1', 5004))]:
    try:
        s.connect(direccion)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)

try:
    cualquiera = socket.socket()
    print('sin dominio:', cualquiera.family)
except OSError as e:
    print(e)

cliente6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
try:
    cliente6.connect(('::1', 5004))
except OSError as e:
    print(e)
cliente4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cliente4.connect(('127.0.0.1', 5004))
os.unlink(RUTA)
