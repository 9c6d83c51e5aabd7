# BufferedReader's peek() and read1(): peek shows what is buffered without taking it (one recv
# when nothing is); read1 gives what is buffered, or what one recv brings.
import socket

a, b = socket.socketpair()
f = a.makefile("rb")
b.sendall(b"HELO lab\r\nMAIL FROM:<ana>\r\n")
print(f.peek())
print(f.peek(3), "(peek ignores its size)")
print(f.read1(4))
print(f.peek())
print(f.readline())
print(f.read1())
b.sendall(b"primer envio")
print(f.read1(100))
b.sendall(b"segundo envio")
print(f.read1(7), f.read1(100))
print(f.read1(0), f.peek() if False else "")
b.sendall(b"xyz")
print(f.read(2), f.read1(10))
b.sendall(b"end")
b.shutdown(socket.SHUT_WR)
print(f.peek(), f.read1(), f.peek(), f.read1(), f.read())
for bad in ("3", 2.5):
    try:
        f.read1(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    f.read(-2)
except ValueError as e:
    print("ValueError:", e)
f.close()
for call in (f.peek, f.read1, f.read):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
w = a.makefile("wb")
print(hasattr(w, "peek"), hasattr(f, "peek"))
try:
    w.read1(1)
except OSError as e:
    print(type(e).__name__, e)
w.close()
a.close()
b.close()
