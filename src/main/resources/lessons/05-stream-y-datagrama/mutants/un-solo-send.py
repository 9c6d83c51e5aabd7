# replaces: flujo.py
# fails: dos-send, se-juntan
# Both messages joined by the program before sending: one send(), one recv(), and nothing the
# stream did is seen.
import socket

servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.bind(('127.0.0.1', 5005))
servidor.listen()
cliente = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cliente.connect(('127.0.0.1', 5005))
conexion, origen = servidor.accept()
cliente.send(b'hola' + b'mundo')
print('recibido:', conexion.recv(1024))
cliente.close()
conexion.close()
servidor.close()
