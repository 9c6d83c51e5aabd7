import os
import socket

# 1. Un socket de cada dominio, cada uno con una dirección de su formato.
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
print('AF_UNIX: ', repr(local.getsockname()))

# 2. Mezclar dominios: cada socket con la dirección de otro.
intentos = [
    ('AF_INET con una ruta', v4, RUTA),
    ('AF_UNIX con (host, puerto)', local, ('127.0.0.1', 5004)),
    ('AF_INET con ::1', socket.socket(socket.AF_INET, socket.SOCK_DGRAM), ('::1', 5004)),
]
for que, s, direccion in intentos:
    try:
        s.connect(direccion)
    except (TypeError, OSError) as e:
        print(que, '->', type(e).__name__, e)

# 3. Un dominio que el sistema no ofrece.
try:
    socket.socket(socket.AF_UNSPEC, socket.SOCK_STREAM)
except OSError as e:
    print('AF_UNSPEC ->', e)

# 4. El servidor escucha en 127.0.0.1:5004 (IPv4). Un cliente IPv6 no llega; uno IPv4, sí.
cliente6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
try:
    cliente6.connect(('::1', 5004))
except ConnectionRefusedError as e:
    print('IPv6 -> [::1]:5004:', e)
cliente6.close()
cliente4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cliente4.connect(('127.0.0.1', 5004))
print('IPv4 -> 127.0.0.1:5004: conectado')

cliente4.close()
v4.close()
v6.close()
local.close()
os.unlink(RUTA)
