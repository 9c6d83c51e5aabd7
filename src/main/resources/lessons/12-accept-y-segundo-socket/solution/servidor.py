import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('0.0.0.0', 5012))
s.listen(5)
print('Escucho en', s.getsockname(), 'con el descriptor', s.fileno())

# Cada accept() crea un socket nuevo, conectado a un cliente. El que escucha sigue escuchando.
conexiones = []
while True:
    ns, direccion = s.accept()
    print('Descriptor', ns.fileno(), 'conectado con', direccion)
    ns.sendall(f'hola, {direccion[0]}:{direccion[1]}\n'.encode())
    conexiones.append(ns)
