# replaces: flujo.py
# fails: se-juntan
# The server reads after each send: every recv() finds exactly one message, and TCP seems to
# keep them apart. It only looks so because nothing else had arrived yet.
import socket

servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.bind(('127.0.0.1', 5005))
servidor.listen()
cliente = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cliente.connect(('127.0.0.1', 5005))
conexion, origen = servidor.accept()

for mensaje in (b'hola', b'mundo'):
    cliente.send(mensaje)
    print('recibido:', conexion.recv(1024))

cliente.close()
conexion.close()
servidor.close()
