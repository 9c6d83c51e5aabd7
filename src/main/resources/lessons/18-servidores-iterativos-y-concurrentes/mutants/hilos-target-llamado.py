# replaces: servidor_hilos.py
# fails: hilo-por-cliente, hilos-en-paralelo
# fires: pista-en-serie
# target=atiende(conn) calls atiende right there, in the main thread, and hands the thread its
# result (None): the clients are served one after another and each thread does nothing.
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
    threading.Thread(target=atiende(conn)).start()
