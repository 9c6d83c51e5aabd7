# replaces: servidor.py
# fails: por-time-wait, con-opcion
# fires: pista-eaddrinuse
# The old server is never stopped: it serves in a loop and keeps listening, so the restart's
# EADDRINUSE is a live listener, not TIME_WAIT, and no option lets a second socket bind a port
# someone listens on. (The checker's client is served, by the old server.)
import socket

servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
# Antes de bind(): que un reinicio pueda volver a enlazar el puerto aunque queden conexiones
# viejas en TIME_WAIT.
servidor.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
servidor.bind(('0.0.0.0', 5000))
servidor.listen()
print('Escucho en', servidor.getsockname())

while True:
    conexion, direccion = servidor.accept()
    print('Mi extremo:', conexion.getsockname())
    print('El cliente:', conexion.getpeername())
    peticion = conexion.recv(1024)
    conexion.sendall(b'hola, ' + repr(direccion).encode())
    conexion.close()
