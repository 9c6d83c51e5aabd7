# replaces: servidor.py
# fails: servidor-pasivo, servidor-duerme, servidor-atiende, cliente-activo, saludo-entero, saludo-leido, servidor-no-conecta
# fires: pista-refused
# Roles swapped: the server tries to reach the client instead of waiting for it.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    s.connect(('cliente', 5000))
    s.sendall(b'hola, soy el servidor\n')
except OSError as e:
    print('no pude:', e)
s.close()
