# A listening socket with a timeout: accept() gives up with TimeoutError; blocking mode forgets the timeout.
import socket

s = socket.socket()
s.bind(("127.0.0.1", 50204))
s.listen()
s.settimeout(0.2)
print(s.gettimeout(), s.getblocking())
try:
    s.accept()
except socket.timeout as e:
    print(type(e).__name__, e, isinstance(e, OSError), e.errno)
s.setblocking(True)
print(s.gettimeout(), s.getblocking())
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
try:
    s.accept()
except BlockingIOError as e:
    print("no bloqueante:", e.errno, e.strerror)
try:
    s.settimeout(-1)
except ValueError as e:
    print(e)
s.close()
