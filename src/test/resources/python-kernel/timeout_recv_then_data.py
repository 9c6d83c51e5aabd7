# recv() with a timeout: it gives up when nothing comes, and the socket still works afterwards.
import os
import socket
import time

a, b = socket.socketpair()
a.settimeout(0.1)
try:
    a.recv(10)
except TimeoutError as e:
    print("primera vez:", e)
if os.fork() == 0:
    time.sleep(0.2)
    b.send(b"tarde")
    os._exit(0)
a.settimeout(2)
t0 = time.monotonic()
print("segunda vez:", a.recv(10), time.monotonic() - t0 > 0.05)
os.wait()
socket.setdefaulttimeout(0.05)
c, d = socket.socketpair()
print(c.gettimeout(), socket.getdefaulttimeout())
try:
    c.recv(1)
except socket.timeout:
    print("timeout por defecto")
socket.setdefaulttimeout(None)
print(socket.socket().gettimeout())
