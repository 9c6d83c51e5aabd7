# replaces: servidor_fork.py
# fails: hijos-recogidos
# fires: pista-zombis
# Nobody collects the children: each one that ends stays a zombie in the process table.
import os
import socket
import time

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 5001))
s.listen(5)
while True:
    conn, direccion = s.accept()
    if os.fork() == 0:
        s.close()
        peticion = conn.recv(1024)
        time.sleep(1)
        conn.sendall(b'atendido: ' + peticion)
        conn.close()
        os._exit(0)
    conn.close()
