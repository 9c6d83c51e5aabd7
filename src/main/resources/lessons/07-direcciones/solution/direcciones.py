import os
import socket
import struct

# 1. Cada dominio, su formato de dirección.
v4 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v4.bind(('127.0.0.1', 0))
v6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
v6.bind(('::1', 0))
RUTA = 'direcciones.sock'
if os.path.exists(RUTA):
    os.unlink(RUTA)
local = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
local.bind(RUTA)
print('AF_INET: ', v4.getsockname())
print('AF_INET6:', v6.getsockname())
print('AF_UNIX: ', local.getsockname())
for s in (v4, v6, local):
    s.close()
os.unlink(RUTA)

# 2. INADDR_ANY (''): el servidor acepta conexiones por cualquiera de las direcciones de la máquina.
servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.bind(('', 5007))
servidor.listen()
print('El servidor escucha en', servidor.getsockname())

# 3. Un cliente por el loopback y otro por la dirección de la máquina en la red: cada conexión
#    tiene sus dos extremos, y el del servidor ya no es 0.0.0.0.
for ip in ('127.0.0.1', '172.25.4.4'):
    cliente = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    cliente.connect((ip, 5007))
    conexion, direccion = servidor.accept()
    print('TCP: cliente', cliente.getsockname(), '<-> servidor', conexion.getsockname())
    cliente.close()
    conexion.close()
servidor.close()

# 4. Difusión: a todas las máquinas de la red 172.25.4.0/24, solo con permiso (SO_BROADCAST).
receptor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receptor.bind(('', 5007))
emisor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    emisor.sendto(b'hola a todos', ('172.25.4.255', 5007))
except PermissionError as e:
    print('Difusión sin SO_BROADCAST:', e)
emisor.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
emisor.sendto(b'hola a todos', ('172.25.4.255', 5007))
datos, origen = receptor.recvfrom(1024)
print('Recibido por difusión:', datos)
emisor.close()
receptor.close()

# 5. La struct sockaddr_in de ('127.0.0.1', 5007): familia (en el orden de la máquina), puerto y
#    dirección (en orden de red) y 8 bytes a cero.
sockaddr_in = (struct.pack('=H', socket.AF_INET) + struct.pack('!H', 5007)
               + socket.inet_aton('127.0.0.1') + bytes(8))
print('sockaddr_in:', len(sockaddr_in), 'bytes:', sockaddr_in.hex())
