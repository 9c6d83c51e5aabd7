# replaces: servidor.py
# fails: time-wait-servidor
# The server treats every request alike and always waits for the client to close first. In the
# second connection the client waits for the server's close instead: both sleep in recv() for
# ever (the trace shows two unfinished recvfrom() calls), and port 6000 never reaches TIME_WAIT.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 6000))
s.listen(5)
while True:
    conn, direccion = s.accept()
    peticion = conn.recv(1024)
    conn.sendall(b'hola')
    while conn.recv(1024):
        pass
    conn.close()
