# replaces: servidor.py
# fails: dos-conexiones, uno-mas-n, direcciones
# fires: pista-rechazada
# accept() taken for "the listening socket turns into the connection": once a client is in,
# the listening socket is closed as no longer needed. The second client finds nobody listening
# on port 5012 and is refused.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('0.0.0.0', 5012))
s.listen(5)
ns, direccion = s.accept()
s.close()
print('Descriptor', ns.fileno(), 'conectado con', direccion)
ns.sendall(f'hola, {direccion[0]}:{direccion[1]}\n'.encode())
while ns.recv(1024):
    pass
