# replaces: cliente.py
# fails: cliente-efimero, servidor-ve-al-cliente
# getsockname() before connect(): the socket has no address yet, ('0.0.0.0', 0); the system
# gives it one, with an ephemeral port, when it connects.
import socket

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print('Mi extremo:', c.getsockname())
c.connect(('servidor', 5000))
print('El servidor:', c.getpeername())

# 2. Pedir, y leer hasta que el servidor cierre (b''): él cierra primero.
c.sendall(b'hola')
respuesta = b''
while True:
    datos = c.recv(1024)
    if not datos:
        break
    respuesta += datos
print('Respuesta:', respuesta)
c.close()
