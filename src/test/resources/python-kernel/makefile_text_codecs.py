# A text makefile() reads lines in any codec, as io.TextIOWrapper does: utf-16 and utf-32 (with and
# without BOM), a character cut between two recv()s, readline(limit) and read(n) counting
# characters, iteration, newline="" and newline="\r\n", and a writer that puts no BOM (issue 21).
import socket

a, b = socket.socketpair()


def reader(encoding, **options):
    return b.makefile("r", encoding=encoding, **options)


text = "uno\ndos\r\ntres\rcuatro ñandú €\n"
for encoding in ("utf-16", "utf-16-be", "utf-32", "utf-32-le", "utf-8", "latin-1", "cp1252"):
    data = text.replace("€", "E").encode(encoding) if encoding == "latin-1" else text.encode(encoding)
    a.sendall(data)
    f = reader(encoding)
    print(encoding, repr(f.readline()), repr(f.readline(2)), repr(f.readline()), repr(f.read(4)),
          repr(f.readline()), repr(f.read(12)), f.encoding)

# A big-endian BOM, then lines met by iteration until the peer shuts down.
pair_a, pair_b = socket.socketpair()
pair_a.sendall(b"\xfe\xff" + "uno\ndos\n\U0001f600 tres\nfin".encode("utf-16-be"))
pair_a.shutdown(socket.SHUT_WR)
with pair_b.makefile("r", encoding="utf-16") as f:
    print([line for line in f])
pair_a.close()
pair_b.close()

# A surrogate pair and a UTF-8 sequence cut between two sends wait for their other halves.
f = reader("utf-16-le")
data = "ab\n\U0001f600!\n".encode("utf-16-le")
a.sendall(data[:8])
print(repr(f.readline()))
a.sendall(data[8:])
print(repr(f.readline()))
f = reader("utf-8")
data = "ñ\n€\n".encode()
a.sendall(data[:4])
print(repr(f.readline()))
a.sendall(data[4:])
print(repr(f.readline()))

# newline="" keeps the endings; newline="\r\n" ends lines only there.
a.sendall("a\rb\r\nc\nd\n".encode("utf-32-be"))
f = reader("utf-32-be", newline="")
print([f.readline() for _ in range(4)])
a.sendall("a\rb\nc\r\nd\r\n".encode("utf-16"))
f = reader("utf-16", newline="\r\n")
print([f.readline() for _ in range(2)])

# A writer over a socket (not seekable) puts no BOM: the machine's byte order, as TextIOWrapper.
w = a.makefile("w", encoding="utf-16")
w.write("hi\n")
w.write("there\n")
w.flush()
print(b.recv(100))
w = a.makefile("w", encoding="utf-32", newline="\r\n")
w.write("x\n")
w.write("y")
w.close()
print(b.recv(100))

# A bad byte fails the read that brought it.
a.sendall("ok\n".encode("utf-16-be") + b"\xd8\x00" + "x\n".encode("utf-16-be"))
f = reader("utf-16-be")
try:
    f.readline()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
a.close()
b.close()
