import os, socket, time

a, b = socket.socketpair()
a.settimeout(0.2)
print(a.gettimeout(), b.gettimeout())
t0 = time.monotonic()
try:
    a.recv(10)
except socket.timeout as e:
    print('timeout', type(e).__name__, e, round(time.monotonic() - t0, 1))
print(isinstance(socket.timeout('x'), OSError), socket.timeout is TimeoutError)
b.send(b'hola')
print(a.recv(10))
a.settimeout(None)
print(a.gettimeout())
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno, e)
a.setblocking(True)
print(a.gettimeout(), a.getblocking())
try:
    a.settimeout(-1)
except ValueError as e:
    print('ValueError', e)
a.close()
b.close()
