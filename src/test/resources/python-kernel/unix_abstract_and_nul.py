# AF_UNIX names as Linux reads them: a path ends at its first NUL; a name that starts with a NUL is
# in the abstract namespace (no file; getsockname() gives bytes); 108 bytes at most, NUL included.
import os, socket

S, D = socket.SOCK_STREAM, socket.SOCK_DGRAM
path = '/tmp/enchufe_nul.sock'
if os.path.exists(path):
    os.unlink(path)

srv = socket.socket(socket.AF_UNIX, S)
srv.bind(path + '\0basura')
print('bound', repr(srv.getsockname()), os.path.exists(path))
srv.listen()
cli = socket.socket(socket.AF_UNIX, S)
cli.connect(path + '\0zzz')
print('peer', repr(cli.getpeername()))
conn, _ = srv.accept()
cli.sendall(b'hola')
print(conn.recv(10))
conn.close()
cli.close()
srv.close()
os.unlink(path)

a = socket.socket(socket.AF_UNIX, S)
a.bind(b'\0enchufe-abs')
print('abstract', repr(a.getsockname()), os.path.exists('\0enchufe-abs'))
b = socket.socket(socket.AF_UNIX, S)
try:
    b.bind('\0enchufe-abs')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    b.connect(b'\0enchufe-abs')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
a.listen()
b.connect(b'\0enchufe-abs')
print('peer', repr(b.getpeername()))
conn, _ = a.accept()
b.sendall(b'abstracto')
print(conn.recv(20))
conn.close()
b.close()
a.close()

# The name is free again once its socket is closed: no file stays behind.
again = socket.socket(socket.AF_UNIX, S)
again.bind(b'\0enchufe-abs')
print('rebound', repr(again.getsockname()))
again.close()

# Stream and datagram sockets have separate abstract names.
d = socket.socket(socket.AF_UNIX, D)
d.bind(b'\0enchufe-dg')
st = socket.socket(socket.AF_UNIX, S)
st.bind(b'\0enchufe-dg')
print('same name, two types')
x = socket.socket(socket.AF_UNIX, S)
try:
    x.connect(b'\0enchufe-nadie')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
w = socket.socket(socket.AF_UNIX, D)
w.bind(b'\0enchufe-dw')
w.sendto(b'dato', '\0enchufe-dg')
print(d.recvfrom(10))
anon = socket.socket(socket.AF_UNIX, D)
anon.sendto(b'anonimo', b'\0enchufe-dg')
print(d.recvfrom(10))
try:
    anon.sendto(b'x', b'\0enchufe-nadie')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
for s in (d, st, x, w, anon):
    s.close()

big = socket.socket(socket.AF_UNIX, S)
big.bind(b'\0' + b'y' * 107)
print('abstract of 108 bytes', len(big.getsockname()))
big.close()
too_long = socket.socket(socket.AF_UNIX, S)
try:
    too_long.bind(b'\0' + b'y' * 108)
except OSError as e:
    print(type(e).__name__, e.errno, e)
too_long.close()
e1 = socket.socket(socket.AF_UNIX, S)
try:
    e1.connect('')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
e1.close()
# An abstract name has no file to remove; a path with a NUL is no path at all.
try:
    os.unlink('\0enchufe-abs')
except ValueError as e:
    print('ValueError', e)
