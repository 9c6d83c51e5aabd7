# socket.sendfile(): an object with read() is sent with send() (socket.py's fallback), a socket's
# file sends nothing (no regular file behind it), and socket.py's checks and messages.
import socket


class Datos:
    """A file of bytes in memory: read() and seek(), as io.BytesIO gives them."""

    mode = "rb"

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n=-1):
        chunk = self.data[self.pos:self.pos + n] if n >= 0 else self.data[self.pos:]
        self.pos += len(chunk)
        return chunk

    def seek(self, pos):
        self.pos = pos

    def tell(self):
        return self.pos


srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 50980))
srv.listen()
c = socket.create_connection(("127.0.0.1", 50980))
conn, _ = srv.accept()
f = Datos(b"x" * 20000)
print(c.sendfile(f), f.tell())
got = b""
while len(got) < 20000:
    got += conn.recv(65536)
print(len(got))
f = Datos(b"0123456789")
print(c.sendfile(f, 2, 5), f.tell(), conn.recv(100))
print(c.sendfile(Datos(b""), 0), conn.getblocking())
a, b = socket.socketpair()
print(c.sendfile(a.makefile("rb")))


class Texto(Datos):
    mode = "r"


def prueba(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


prueba(lambda: c.sendfile(Texto(b"abc")))
prueba(lambda: c.sendfile(Datos(b"abc"), 0, 0))
prueba(lambda: c.sendfile(Datos(b"abc"), 0, "3"))
prueba(lambda: c.sendfile(Datos(b"abc"), 0, -1))
prueba(lambda: c.sendfile())
prueba(lambda: c.sendfile(5))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
prueba(lambda: u.sendfile(Datos(b"abc")))
c.setblocking(False)
prueba(lambda: c.sendfile(Datos(b"abc")))
for s in (a, b, c, conn, srv, u):
    s.close()
