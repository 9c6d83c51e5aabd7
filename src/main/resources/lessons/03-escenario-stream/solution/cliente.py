import socket

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('servidor', 5000))
c.sendall(b'hola, servidor')
respuesta = c.recv(1024)
print('Respuesta:', respuesta)
c.close()
