import socket
import threading
import time


def atiende(conn):
    peticion = conn.recv(1024)
    time.sleep(1)
    conn.sendall(b'atendido: ' + peticion)
    conn.close()


s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 5002))
s.listen(5)
while True:
    conn, direccion = s.accept()
    # Un hilo por cliente; el principal vuelve enseguida a accept().
    threading.Thread(target=atiende, args=(conn,)).start()
