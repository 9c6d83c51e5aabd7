# replaces: eco_cliente.py
# fails: tcp-vuelta, tcp-fin, tcp-salida, tcp-sonda
# fires: pista-reset
# One recv() of a few bytes taken for the whole message: TCP does not keep message boundaries,
# and closing with the rest unread resets the connection under the server.
import socket

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('127.0.0.1', 7007))
c.sendall(b'hola, eco')
recibido = c.recv(4)
print('Eco TCP:', recibido)
c.close()
