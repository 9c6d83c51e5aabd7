# replaces: servidor_iterativo.py
# fails: iterativo-en-serie, espera-acumulada
# fires: pista-addrinuse
# The whole server inside the loop: the second round makes a new socket and binds it to 5000,
# which the first listening socket still holds.
import socket
import time

while True:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(('0.0.0.0', 5000))
    s.listen(5)
    conn, direccion = s.accept()
    peticion = conn.recv(1024)
    time.sleep(1)
    conn.sendall(b'atendido: ' + peticion)
    conn.close()
