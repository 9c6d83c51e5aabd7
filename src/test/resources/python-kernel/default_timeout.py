import socket

print(socket.getdefaulttimeout())
socket.setdefaulttimeout(0.2)
s = socket.socket()
print(s.gettimeout(), s.getblocking())
a, b = socket.socketpair()
print(a.gettimeout())
try:
    a.recv(1)
except TimeoutError as e:
    print('TimeoutError', e)
socket.setdefaulttimeout(None)
print(socket.socket().gettimeout())
try:
    socket.setdefaulttimeout(-3)
except ValueError as e:
    print('ValueError', e)
for x in (s, a, b):
    x.close()
