# replaces: servidor.py
# fails: servidor-escucha, dos-establecidas, eof-en-la-traza, time-wait-cliente, time-wait-servidor
# fires: pista-accept-invalido, pista-refused
# listen() forgotten: the socket is only BOUND (netstat shows no LISTEN row), accept() fails
# with EINVAL and the client is refused.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 6000))
while True:
    conn, direccion = s.accept()
    peticion = conn.recv(1024)
    conn.sendall(b'hola')
    while conn.recv(1024):
        pass
    conn.close()
