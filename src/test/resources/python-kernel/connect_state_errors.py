# connect() where it cannot be: twice, on a listener, after close; each error as Linux gives it.
import errno
import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 50226))
srv.listen()
c = socket.socket()
c.connect(("127.0.0.1", 50226))
for target in [("127.0.0.1", 50226)]:
    try:
        c.connect(target)
    except OSError as e:
        print("otra vez:", errno.errorcode[e.errno], e.strerror)
print("connect_ex otra vez:", errno.errorcode[c.connect_ex(("127.0.0.1", 50226))])
try:
    srv.connect(("127.0.0.1", 50226))
except OSError as e:
    print("en el que escucha:", errno.errorcode[e.errno])
c.close()
try:
    c.connect(("127.0.0.1", 50226))
except OSError as e:
    print("cerrado:", type(e).__name__, e)
try:
    socket.socket().connect(("127.0.0.1", 70000))
except OverflowError as e:
    print("OverflowError", e)
try:
    socket.socket().connect("127.0.0.1")
except TypeError as e:
    print("TypeError", e)
