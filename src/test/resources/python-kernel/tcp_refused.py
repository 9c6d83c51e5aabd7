# Nobody listens: the connection is refused, and connect_ex says so with a number.
import errno
import socket

c = socket.socket()
try:
    c.connect(("127.0.0.1", 50102))
except ConnectionRefusedError as e:
    print("rechazada:", e, e.errno == errno.ECONNREFUSED)
print(c.getsockname()[0], c.getsockname()[1] > 0)
codigo = c.connect_ex(("127.0.0.1", 50102))
print("connect_ex:", codigo, errno.errorcode[codigo])
c.close()
try:
    socket.create_connection(("localhost", 50102))
except OSError as e:
    print(type(e).__name__, e)
