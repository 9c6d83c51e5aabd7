# replaces: servidor.py
# fails: eof-en-la-traza, time-wait-cliente
# fires: pista-quien-cierra
# The server answers and closes at once, without waiting for the client's close: it is the
# server that closes first in both connections, so the client's end never waits in TIME_WAIT,
# and the server never reads the end of file.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 6000))
s.listen(5)
while True:
    conn, direccion = s.accept()
    peticion = conn.recv(1024)
    if peticion == b'adios':
        conn.sendall(b'hasta luego')
    else:
        conn.sendall(b'hola')
    conn.close()
