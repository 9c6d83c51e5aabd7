# MSG_PEEK, MSG_WAITALL, half-close with shutdown, and what a closed peer looks like.
import os
import socket
import time

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 50106))
s.listen(1)
pid = os.fork()
if pid == 0:
    s.close()
    c = socket.socket()
    c.connect(("127.0.0.1", 50106))
    c.sendall(b"abc")
    time.sleep(0.05)
    c.sendall(b"defgh")
    c.shutdown(socket.SHUT_WR)
    try:
        c.send(b"x")
    except BrokenPipeError as e:
        error = e
    print("hijo: respuesta", c.recv(100), flush=True)
    print("hijo: send tras shutdown:", error, flush=True)
    print("hijo: y luego", c.recv(100), flush=True)
    c.close()
    os._exit(0)
conn, addr = s.accept()
print("peek:", conn.recv(2, socket.MSG_PEEK), flush=True)
print("waitall:", conn.recv(6, socket.MSG_WAITALL), flush=True)
print("resto:", conn.recv(100), flush=True)
print("fin:", conn.recv(100), flush=True)
buf = bytearray(4)
print("recv_into:", conn.recv_into(buf), buf, flush=True)
conn.sendall(b"gracias")
conn.shutdown(socket.SHUT_RDWR)
os.wait()
print("recv tras SHUT_RDWR:", conn.recv(10))
conn.close()
