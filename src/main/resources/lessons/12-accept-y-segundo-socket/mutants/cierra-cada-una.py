# replaces: servidor.py
# fails: uno-mas-n
# The connection is closed as soon as the greeting is sent, as an iterative server does: both
# clients are served, but one after the other, and the server never holds the listening socket
# and two connections at once.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('0.0.0.0', 5012))
s.listen(5)
while True:
    ns, direccion = s.accept()
    print('Descriptor', ns.fileno(), 'conectado con', direccion)
    ns.sendall(f'hola, {direccion[0]}:{direccion[1]}\n'.encode())
    ns.close()
