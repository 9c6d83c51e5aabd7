# replaces: direcciones.py
# fails: inaddr-any, muestra-any, dos-direcciones, extremos
# fires: pista-rechazada
# The server binds to 127.0.0.1, taken for "this machine": it then listens on the loopback only,
# and the client that comes by 172.25.4.4, the machine's own address on the network, is refused.
import os
import socket
import struct

v4 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v4.bind(('127.0.0.1', 0))
v6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
v6.bind(('::1', 0))
RUTA = 'direcciones.sock'
if os.path.exists(RUTA):
    os.unlink(RUTA)
local = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
local.bind(RUTA)
for s in (v4, v6, local):
    print(s.getsockname())
    s.close()
os.unlink(RUTA)

servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.bind(('127.0.0.1', 5007))
servidor.listen()
print('El servidor escucha en', servidor.getsockname())
for ip in ('127.0.0.1', '172.25.4.4'):
    cliente = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        cliente.connect((ip, 5007))
    except ConnectionRefusedError as e:
        print(ip, e)
        cliente.close()
        continue
    conexion, direccion = servidor.accept()
    print('TCP: cliente', cliente.getsockname(), '<-> servidor', conexion.getsockname())
    cliente.close()
    conexion.close()
servidor.close()

receptor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receptor.bind(('', 5007))
emisor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    emisor.sendto(b'hola a todos', ('172.25.4.255', 5007))
except PermissionError as e:
    print('Difusión sin SO_BROADCAST:', e)
emisor.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
emisor.sendto(b'hola a todos', ('172.25.4.255', 5007))
print('Recibido por difusión:', receptor.recvfrom(1024)[0])

sockaddr_in = (struct.pack('=H', socket.AF_INET) + struct.pack('!H', 5007)
               + socket.inet_aton('127.0.0.1') + bytes(8))
print('sockaddr_in:', sockaddr_in.hex())
