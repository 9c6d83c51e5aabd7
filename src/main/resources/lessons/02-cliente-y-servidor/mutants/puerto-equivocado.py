# replaces: cliente.py
# fails: cliente-activo, saludo-entero, saludo-leido
# fires: pista-refused
# The client knocks on another door: nobody listens on 5001, the connection is refused.
import socket

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('servidor', 5001))
datos = c.recv(1024)
print('Recibido:', datos)
c.close()
