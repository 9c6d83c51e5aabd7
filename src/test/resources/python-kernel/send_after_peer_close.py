# Writing to a connection the peer closed: the first send still "works", then EPIPE or ECONNRESET.
import signal
import socket
import time

srv = socket.create_server(("127.0.0.1", 50274))
c = socket.create_connection(("127.0.0.1", 50274))
conn, _ = srv.accept()
conn.close()
time.sleep(0.05)
print("primer send:", c.send(b"hola"))
time.sleep(0.05)
try:
    c.send(b"otra vez")
except OSError as e:
    print("segundo send:", type(e).__name__, e.errno)
print("recv:", c.recv(10) if False else "omitido")
print(signal.getsignal(signal.SIGPIPE))
