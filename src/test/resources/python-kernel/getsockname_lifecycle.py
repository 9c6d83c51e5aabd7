# What getsockname() and getpeername() say at each step of a socket's life.
import socket

s = socket.socket()
print("nuevo:", s.getsockname())
try:
    s.getpeername()
except OSError as e:
    print("sin par:", e)
s.bind(("127.0.0.1", 0))
host, port = s.getsockname()
print("bind 0:", host, 32768 <= port <= 60999)
s.listen()
c = socket.socket()
c.connect(s.getsockname())
conn, addr = s.accept()
print(conn.getsockname() == s.getsockname(), conn.getpeername() == c.getsockname() == addr)
print(c.getpeername() == s.getsockname())
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("udp nuevo:", u.getsockname())
u.sendto(b"x", ("127.0.0.1", 9))
print("udp tras sendto:", u.getsockname()[0], u.getsockname()[1] > 0)
for x in (s, c, conn, u):
    x.close()
