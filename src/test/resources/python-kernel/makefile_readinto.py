# readinto() and readinto1() fill a buffer the program owns (a bytearray, a memoryview over
# one): readinto until it is full or the stream ends, readinto1 with at most one recv.
import socket

a, b = socket.socketpair()
f = a.makefile("rb")
buf = bytearray(8)
b.sendall(b"0123")
print(f.readinto1(buf), buf)
b.sendall(b"456789ABCDEF")
print(f.readinto(buf), buf)
view = memoryview(bytearray(10))
print(f.readinto(view[2:6]), bytes(view))
b.sendall(b"GH")
print(f.readinto1(view), bytes(view))
b.sendall(b"fin")
b.shutdown(socket.SHUT_WR)
big = bytearray(16)
print(f.readinto(big), big)
print(f.readinto(big), f.readinto1(big), f.readinto(bytearray()))
for bad in (b"bytes", "str", memoryview(b"solo lectura"), 7):
    try:
        f.readinto(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    f.readinto()
except TypeError as e:
    print("TypeError:", e)
f.close()
try:
    f.readinto(bytearray(1))
except ValueError as e:
    print("ValueError:", e)
try:
    f.readinto1(bytearray(1))
except ValueError as e:
    print("ValueError:", e)
a.close()
b.close()
