# makefile()'s encoding, errors and newline, as io.TextIOWrapper honours them (issue 21).
import socket

a, b = socket.socketpair()
b.sendall("caf\u00e9 \u20ac\n".encode("cp1252") + b"\x81\n" + "na\u00efve\r\n".encode("latin-1"))
b.shutdown(socket.SHUT_WR)
f = a.makefile("r", encoding="cp1252", errors="replace", newline="")
print(ascii(f.readline()), ascii(f.readline()), ascii(f.readline()), f.encoding, f.errors)
f.close()
a.close()
b.close()

a, b = socket.socketpair()
b.sendall(b"ok\n\xff\xfe\n")
b.shutdown(socket.SHUT_WR)
f = a.makefile("r", encoding="utf-8")
try:
    f.readline()
except UnicodeDecodeError as e:
    # The whole chunk is decoded as it arrives: the first line fails on the byte after it.
    print("UnicodeDecodeError:", e, e.start, e.reason)
f.close()
g = a.makefile("r", errors="surrogateescape")
print(g.errors)
g.close()
a.close()
b.close()

a, b = socket.socketpair()
w = a.makefile("w", encoding="ascii", errors="xmlcharrefreplace")
w.write("price: 5\u20ac\n")
w.flush()
print(b.recv(100))
w2 = a.makefile("w", encoding="ascii")
w2.write("\u00e9")
try:
    w2.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
a.close()
b.close()
