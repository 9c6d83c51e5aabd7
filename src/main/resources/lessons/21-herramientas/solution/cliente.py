import socket

# Primera conexión: el cliente cierra primero.
c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('127.0.0.1', 6000))
c.sendall(b'hola')
print('servidor:', c.recv(1024))
c.close()

# Segunda conexión: el servidor cierra primero.
c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('127.0.0.1', 6000))
c.sendall(b'adios')
print('servidor:', c.recv(1024))
print('fin:', c.recv(1024))
c.close()
