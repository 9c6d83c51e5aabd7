# Non-blocking sockets and timeouts: BlockingIOError when nothing is ready, TimeoutError when time runs out.
import os
import socket
import time

s = socket.socket()
s.bind(("127.0.0.1", 50105))
s.listen()
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
try:
    s.accept()
except BlockingIOError as e:
    print("accept:", e, e.errno)
s.settimeout(0.2)
print(s.gettimeout(), s.getblocking())
antes = time.monotonic()
try:
    s.accept()
except socket.timeout as e:
    print("accept con timeout:", e, e.args, e.errno)
print("esperó lo suyo:", time.monotonic() - antes >= 0.19)
s.settimeout(None)

c = socket.socket()
c.connect(("127.0.0.1", 50105))
conexion, _ = s.accept()
conexion.setblocking(False)
try:
    conexion.recv(10)
except BlockingIOError as e:
    print("recv sin datos:", e)
c.send(b"ya")
time.sleep(0.05)
print("recv con datos:", conexion.recv(10))
conexion.settimeout(0.1)
try:
    conexion.recv(10)
except TimeoutError as e:
    print("recv con timeout:", e)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
print(socket.socket().gettimeout(), socket.getdefaulttimeout())
d = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(d.gettimeout(), d.type)
