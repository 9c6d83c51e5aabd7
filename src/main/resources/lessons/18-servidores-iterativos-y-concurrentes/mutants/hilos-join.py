# replaces: servidor_hilos.py
# fails: hilos-en-paralelo
# fires: pista-en-serie
# join() right after start(): the main thread waits for each client's thread before accepting
# the next, so there is a thread per client but only one at work at a time.
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
    hilo = threading.Thread(target=atiende, args=(conn,))
    hilo.start()
    hilo.join()
