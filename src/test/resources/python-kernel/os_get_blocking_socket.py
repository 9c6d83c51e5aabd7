# A socket with a timeout is O_NONBLOCK underneath, as os.get_blocking and os.read see it.
import os, socket
a, b = socket.socketpair()
print('sin timeout:', os.get_blocking(a.fileno()))
a.settimeout(2.5)
print('con timeout:', os.get_blocking(a.fileno()), a.gettimeout())
try:
    os.read(a.fileno(), 10)
except BlockingIOError as e:
    print('os.read sin datos:', e)
a.settimeout(None)
print('timeout None:', os.get_blocking(a.fileno()))
a.setblocking(False)
print('setblocking(False):', os.get_blocking(a.fileno()), a.getblocking())
a.setblocking(True)
b.sendall(b'hola')
print('bloqueante otra vez:', os.get_blocking(a.fileno()), os.read(a.fileno(), 10))
a.close()
for text, call in [('settimeout(1)', lambda: a.settimeout(1)), ('setblocking(False)', lambda: a.setblocking(False)),
                   ('settimeout(None)', lambda: a.settimeout(None))]:
    try:
        call()
    except OSError as e:
        print('cerrado,', text, '->', e, a.gettimeout())
b.close()
