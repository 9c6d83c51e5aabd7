# replaces: servidor.py
# fails: con-opcion, sonda
# fires: pista-eaddrinuse
# Only the restart sets SO_REUSEADDR: the connection in TIME_WAIT came from a listener without
# it, and Linux lets a port in TIME_WAIT be bound again only when both had it.
import socket

servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
# Antes de bind(): que un reinicio pueda volver a enlazar el puerto aunque queden conexiones
# viejas en TIME_WAIT.
servidor.bind(('0.0.0.0', 5000))
servidor.listen()
print('Escucho en', servidor.getsockname())

conexion, direccion = servidor.accept()
# 1. Los dos extremos de la conexión, vistos desde el servidor.
print('Mi extremo:', conexion.getsockname())
print('El cliente:', conexion.getpeername())

# 2. Responder y cerrar el primero: este lado queda en TIME_WAIT.
peticion = conexion.recv(1024)
conexion.sendall(b'hola, ' + repr(direccion).encode())
conexion.close()
servidor.close()
