# replaces: servidor.py
# fails: servidor-pasivo, servidor-duerme, servidor-atiende, cliente-activo, saludo-entero, saludo-leido
# fires: pista-accept-invalido, pista-refused
# listen() forgotten: accept() on a socket that does not listen fails with EINVAL, and no
# client can connect.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('0.0.0.0', 5000))
conn, addr = s.accept()
conn.sendall(b'hola, soy el servidor\n')
conn.close()
