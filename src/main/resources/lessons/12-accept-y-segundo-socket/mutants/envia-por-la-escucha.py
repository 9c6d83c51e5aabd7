# replaces: servidor.py
# fails: dos-conexiones, uno-mas-n, direcciones, saludos, sin-datos-en-la-escucha
# fires: pista-epipe
# The greeting goes out over the listening socket, as if it were the connection: a listening
# socket is connected to nobody, send() fails with EPIPE and the server dies of it.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('0.0.0.0', 5012))
s.listen(5)
conexiones = []
while True:
    ns, direccion = s.accept()
    print('Descriptor', ns.fileno(), 'conectado con', direccion)
    s.sendall(f'hola, {direccion[0]}:{direccion[1]}\n'.encode())
    conexiones.append(ns)
