# replaces: servidor.py
# fails: cliente-activo, saludo-entero, saludo-leido
# fires: pista-refused
# No loop: the server greets the first client that comes (the checker's) and ends, so the
# student's own client finds nobody listening.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('0.0.0.0', 5000))
s.listen(5)
conn, addr = s.accept()
conn.sendall(b'hola, soy el servidor\n')
conn.close()
s.close()
