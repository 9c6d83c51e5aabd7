# A connect() whose socket timeout runs out while the listener's queue is full: TimeoutError (or
# connect_ex's EWOULDBLOCK), the attempt going on — the next connect() is EALREADY.
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
addr = srv.getsockname()
held = []
for i in range(2):
    c = socket.socket()
    c.connect(addr)
    held.append(c)
late = socket.socket()
late.settimeout(0.2)
try:
    late.connect(addr)
except TimeoutError as e:
    print('connect:', type(e).__name__, e)
try:
    late.connect(addr)
except OSError as e:
    print('again:', type(e).__name__, e.errno, e)
other = socket.socket()
other.settimeout(0.2)
print('connect_ex:', other.connect_ex(addr))
print('connect_ex again:', other.connect_ex(addr))
for s in [srv, late, other] + held:
    s.close()
