# replaces: servidor_fork.py
# fails: hijo-termina, hijos-recogidos
# fires: pista-hijo-sigue, pista-zombis
# The child serves its client but does not end: it carries on with the parent's loop and sits in
# accept() beside its parent: a child that never ends, and that would take the next clients.
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
        peticion = conn.recv(1024)
        time.sleep(1)
        conn.sendall(b'atendido: ' + peticion)
    conn.close()
