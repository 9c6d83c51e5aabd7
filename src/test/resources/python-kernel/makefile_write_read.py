# makefile() on both ends: a text writer that flushes, a binary reader line by line.
import os
import socket

a, b = socket.socketpair()
if os.fork() == 0:
    a.close()
    out = b.makefile("w", encoding="utf-8", newline="\n")
    for word in ["primera", "segunda", "ñandú"]:
        print(word, file=out)
    out.flush()
    out.close()
    b.close()
    os._exit(0)
b.close()
inp = a.makefile("rb")
for line in inp:
    print(repr(line))
print(inp.read(), inp.closed)
inp.close()
print(inp.closed)
os.wait()
