# replaces: flujo.py
# fails: tcp-conecta, tcp-acepta, dos-send, se-juntan, flujo-entero
# accept() before the program's own connect(): the only client this server could get is the
# program itself, which is asleep in accept() and never reaches connect().
import socket

servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.bind(('127.0.0.1', 5005))
servidor.listen()
conexion, origen = servidor.accept()
cliente = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cliente.connect(('127.0.0.1', 5005))
cliente.send(b'hola')
cliente.send(b'mundo')
print(conexion.recv(1024))
