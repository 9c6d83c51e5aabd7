import socket

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('servidor', 5000))
datos = c.recv(1024)
print('Recibido:', datos)
c.close()
