import socket

servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
# Antes de bind(): que un reinicio pueda volver a enlazar el puerto aunque queden conexiones
# viejas en TIME_WAIT.
servidor.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
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
