# makefile() over a non-blocking socket, as a select() loop would use it: socket.py's SocketIO
# answers None when recv() has nothing, and each layer makes of that what io does — None from
# read() and readinto(), b'' from read1() and peek(), a partial line from readline().
import select
import socket

a, b = socket.socketpair()
a.setblocking(False)
f = a.makefile("rb")
t = a.makefile("r")
raw = a.makefile("rb", buffering=0)
print(f.read(5), f.read(), f.read1(5), f.peek(), f.readline(), f.readinto(bytearray(3)), f.readinto1(bytearray(3)))
print(raw.read(3), raw.readinto(bytearray(3)), raw.readall(), repr(t.readline()))
try:
    raw.readline()
except OSError as e:
    print("OSError:", e)

b.sendall(b"GET /index")
print(select.select([a], [], [], 1)[0] == [a], f.readline(), f.readline())
b.sendall(b".html HTTP/1.0\r\nHost: lab\r\n\r\n")
lines = []
while True:
    line = f.readline()
    if not line:
        break
    lines.append(line)
print(lines)
b.sendall(b"0123456789")
buf = bytearray(16)
print(f.read(4), f.readinto(buf), buf[:6], f.read(4))
b.sendall("texto sin fin".encode())
print(repr(t.readline()), repr(t.readline()))
b.sendall(" y su fin\n".encode())
print(repr(t.readline()))
a.settimeout(0.0)
b.sendall(b"con timeout 0")
print(f.read(100), f.read(100), raw.read(1))
b.close()
print(f.read(), f.readline(), raw.read(5), repr(t.read()))
f.close()
t.close()
raw.close()
a.close()
