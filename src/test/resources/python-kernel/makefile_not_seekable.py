# A socket's makefile() objects are streams that are no terminal and cannot seek: what a program
# copying file-handling code onto a socket meets (isatty, seekable, seek, tell, truncate), with
# io.UnsupportedOperation worded per kind of file, and writelines().
import socket

a, b = socket.socketpair()
for mode in ("r", "rb", "w", "wb", "rwb"):
    f = a.makefile(mode)
    print(mode, f.isatty(), f.seekable(), f.closed, "name" in dir(f), "mode" in dir(f), "closed" in dir(f))
    for call in (lambda: f.tell(), lambda: f.seek(0), lambda: f.seek(0, 2), lambda: f.truncate(), lambda: f.truncate(3)):
        try:
            call()
        except OSError as e:
            print(" ", type(e).__module__, type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError), e)
    f.close()
    try:
        f.isatty()
    except ValueError as e:
        print("  closed:", e)

text = a.makefile("w")
print(text.writelines(["GET / HTTP/1.0\r\n", "Host: x\r\n", "\r\n"]))
text.writelines(line for line in ("a", "b\n"))
text.flush()
print(b.recv(100))
try:
    text.writelines(["ok", 1])
except TypeError as e:
    print("TypeError:", e)
print("encoding" in dir(text), "errors" in dir(text), text.encoding)
text.close()

binary = a.makefile("wb")
binary.writelines([b"x", bytearray(b"y"), memoryview(b"z")])
binary.flush()
print(b.recv(100))
try:
    binary.writelines([b"ok", "no"])
except TypeError as e:
    print("TypeError:", e)
print("encoding" in dir(binary))
binary.close()
a.close()
b.close()
