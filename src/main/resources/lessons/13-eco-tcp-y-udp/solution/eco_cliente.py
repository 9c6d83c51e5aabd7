import socket

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('127.0.0.1', 7007))
mensaje = b'hola, eco'
c.sendall(mensaje)
recibido = b''
while len(recibido) < len(mensaje):
    trozo = c.recv(1024)
    if not trozo:
        break
    recibido += trozo
print('Eco TCP:', recibido)
c.close()
