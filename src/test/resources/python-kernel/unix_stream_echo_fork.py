# An AF_UNIX stream server in the parent, its client in the child, a path in /tmp between them.
import os
import socket

PATH = "/tmp/enchufe-eco-50244.sock"
if os.path.exists(PATH):
    os.unlink(PATH)
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(PATH)
srv.listen(1)
print(srv.getsockname(), os.path.exists(PATH))
if os.fork() == 0:
    c = socket.socket(socket.AF_UNIX)
    c.connect(PATH)
    c.sendall(b"hola unix")
    print("hijo:", c.recv(100), repr(c.getsockname()), c.getpeername())
    c.close()
    os._exit(0)
conn, addr = srv.accept()
print("padre: peer", repr(addr))
conn.sendall(conn.recv(100).upper())
os.wait()
conn.close()
srv.close()
os.unlink(PATH)
print(os.path.exists(PATH))
