# replaces: servidor_iterativo.py
# fails: iterativo-en-serie, espera-acumulada
# fires: pista-reset
# No loop: the server serves the first client and ends, so the listening socket closes with the
# other two clients still in its queue, and their connections are reset.
import socket
import time

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 5000))
s.listen(5)
conn, direccion = s.accept()
peticion = conn.recv(1024)
time.sleep(1)
conn.sendall(b'atendido: ' + peticion)
conn.close()
s.close()
