import socket

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('servidor', 5000))
# 1. connect() le dio al socket una dirección local: la IP de esta máquina y un puerto efímero.
print('Mi extremo:', c.getsockname())
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
