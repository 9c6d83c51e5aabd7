# replaces: servidor_fork.py
# fails: padre-cierra
# The parent forgets to close its copy of the connection: each client's socket stays open in the
# parent after the child has closed its own, so the connection never really ends (a client
# reading until end of file would wait for ever) and the parent's descriptors pile up.
import os
import signal
import socket
import time


def recoge_hijos(signum, frame):
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
        s.close()
        peticion = conn.recv(1024)
        time.sleep(1)
        conn.sendall(b'atendido: ' + peticion)
        conn.close()
        os._exit(0)
