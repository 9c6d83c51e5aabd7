# A forked child inherits the socket and the files made from it, as one socket: its copies close
# as the parent's do — the descriptor goes with the last of socket and files — and the peer sees
# the end of the stream while the child still runs.
import os
import socket
import time

a, b = socket.socketpair()
f = a.makefile("rb")
w = a.makefile("wb")
if os.fork() == 0:
    b.close()
    print("hijo lee:", f.readline(), flush=True)
    a.close()
    print("hijo: socket cerrado, ficheros abiertos:", a.fileno(), f.closed, w.closed, flush=True)
    w.write(b"respuesta\n")
    w.flush()
    w.close()
    f.close()
    time.sleep(1)
    os._exit(0)
a.close()
f.close()
w.close()
b.sendall(b"pregunta\n")
b.settimeout(0.5)
print("padre recibe:", b.recv(100))
try:
    print("padre recibe:", b.recv(100))
except TimeoutError:
    print("padre: el hijo sigue con el descriptor")
os.wait()
b.close()
