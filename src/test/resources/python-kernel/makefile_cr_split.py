# A peer that sends a line's \r and its \n apart, as a telnet client may: a text file with
# universal newlines waits for what follows the \r before it ends the line, as io does, so the
# \r\n is one line end; with newline="\r" the \r alone ends it at once.
import os
import socket
import time

for newline in (None, "", "\r"):
    a, b = socket.socketpair()
    if os.fork() == 0:
        a.close()
        print("par envía 'uno\\r'", flush=True)
        b.sendall(b"uno\r")
        time.sleep(0.2)
        print("par envía '\\ndos\\r'", flush=True)
        b.sendall(b"\ndos\r")
        time.sleep(0.2)
        print("par cierra", flush=True)
        b.close()
        os._exit(0)
    b.close()
    f = a.makefile("r", newline=newline)
    for line in f:
        print(repr(newline), "lee", repr(line), f.newlines, flush=True)
    os.wait()
    f.close()
    a.close()
