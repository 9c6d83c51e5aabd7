import os
import signal
import socket
import time


def recoge_hijos(signum, frame):
    # SIGCHLD: uno o más hijos han terminado. Se recogen todos sin bloquear.
    while True:
        try:
            pid, estado = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


signal.signal(signal.SIGCHLD, recoge_hijos)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 5001))
s.listen(5)
while True:
    conn, direccion = s.accept()
    if os.fork() == 0:
        # El hijo atiende a este cliente y termina.
        s.close()
        peticion = conn.recv(1024)
        time.sleep(1)
        conn.sendall(b'atendido: ' + peticion)
        conn.close()
        os._exit(0)
    # El padre cierra su copia de la conexión y vuelve a accept().
    conn.close()
