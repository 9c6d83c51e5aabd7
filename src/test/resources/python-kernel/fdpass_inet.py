# sendmsg/recvmsg on TCP and UDP: the address on datagrams, MSG_TRUNC, and SCM_RIGHTS ignored.
import socket
import struct

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 50963))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.bind(("127.0.0.1", 50964))
print(v.sendmsg([b"hola ", b"mundo"], [], 0, ("127.0.0.1", 50963)))
print(u.recvmsg(100))
print(v.sendmsg([b"hello world"], [], 0, ("127.0.0.1", 50963)))
print(u.recvmsg(4))
print(v.sendmsg([b"abcdefghij"], [], 0, ("127.0.0.1", 50963)))
bufs = [bytearray(3), bytearray(4), bytearray(5)]
print(u.recvmsg_into(bufs), bufs)
print(v.sendmsg([b"xyz"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", v.fileno()))], 0, ("127.0.0.1", 50963)))
print(u.recvmsg(100, 100))
print(v.sendmsg([b"peek"], [], 0, ("127.0.0.1", 50963)))
print(u.recvmsg(100, 0, socket.MSG_PEEK))
print(u.recvmsg(2))
try:
    v.sendmsg([b"x"])
except OSError as e:
    print("sin destino:", e.errno, e.strerror)
try:
    v.sendmsg([b"x"], [], 0, "malo")
except TypeError as e:
    print(e)
try:
    v.sendmsg([b"x"], [], 0, ("127.0.0.1", 99999))
except OverflowError as e:
    print(e)
try:
    v.sendmsg([b"x"], [(socket.SOL_SOCKET, 99, b"1234")], 0, ("127.0.0.1", 50963))
except OSError as e:
    print("cmsg desconocido:", e.errno)
v.connect(("127.0.0.1", 50963))
print(v.sendmsg([b"conectado"]))
print(u.recvmsg(100))
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 50965))
srv.listen()
c = socket.create_connection(("127.0.0.1", 50965))
conn, _ = srv.accept()
print(c.sendmsg([b"tcp ", b"con fd"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", c.fileno()))]))
print(conn.recvmsg(100, 100))
print(c.sendmsg([b"tcp otra vez"]))
buf = bytearray(20)
print(conn.recvmsg_into([buf]), bytes(buf))
for s in (c, conn, srv, u, v):
    s.close()
