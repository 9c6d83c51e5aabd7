# replaces: servidor.py
# fails: dos-conexiones, uno-mas-n, direcciones
# No loop: the server accepts once and then only talks to that client. The second client's
# connect() succeeds (the kernel completes it in the listen queue), but nobody ever accepts it,
# and it waits for a greeting that never comes.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('0.0.0.0', 5012))
s.listen(5)
ns, direccion = s.accept()
print('Descriptor', ns.fileno(), 'conectado con', direccion)
ns.sendall(f'hola, {direccion[0]}:{direccion[1]}\n'.encode())
while ns.recv(1024):
    pass
