# replaces: cliente.py
# fails: peticion, respuesta, eof-servidor, cliente-orden, servidor-orden
# The client waits for the server to speak first, and the server waits for the request: both
# sleep in recv() for ever (a protocol deadlock). Nothing is sent either way.
import socket

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('servidor', 5000))
respuesta = c.recv(1024)
print('Respuesta:', respuesta)
c.sendall(b'hola, servidor')
c.close()
