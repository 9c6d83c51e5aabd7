# os.fsync and os.fdatasync take their descriptor by name too (Argument Clinic's fd): the argument
# table binds it, and Linux answers EINVAL for a socket (issue 21).
import os
import socket

a, b = socket.socketpair()
for call in (lambda: os.fsync(fd=a.fileno()), lambda: os.fdatasync(fd=a), lambda: os.fsync(fd=a, zz=1),
             lambda: os.fsync(a, fd=a)):
    try:
        call()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
a.close()
b.close()
