# bind('') (or b'') asks Linux for a name of its own: a NUL and five hex digits, in the abstract namespace.
import socket

S, D = socket.SOCK_STREAM, socket.SOCK_DGRAM

def shape(name):
    return type(name).__name__, len(name), name[:1], all(c in b'0123456789abcdef' for c in name[1:])

for kind, label in ((S, 'stream'), (D, 'dgram')):
    for empty in ('', b''):
        s = socket.socket(socket.AF_UNIX, kind)
        s.bind(empty)
        print(label, repr(empty), shape(s.getsockname()))
        s.bind('')
        print('again', shape(s.getsockname()))
        try:
            s.bind('/tmp/enchufe_autobind_nunca.sock')
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
        s.close()
    nameless = socket.socket(socket.AF_UNIX, kind)
    try:
        nameless.connect('')
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    nameless.close()

srv = socket.socket(socket.AF_UNIX, S)
srv.bind('')
srv.listen()
cli = socket.socket(socket.AF_UNIX, S)
cli.connect(srv.getsockname())
print('peer is the name', cli.getpeername() == srv.getsockname(), repr(cli.getsockname()))
conn, _ = srv.accept()
cli.sendall(b'auto')
print(conn.recv(10))
for s in (conn, cli, srv):
    s.close()

r = socket.socket(socket.AF_UNIX, D)
r.bind('')
w = socket.socket(socket.AF_UNIX, D)
w.bind(b'')
w.sendto(b'hola', r.getsockname())
data, sender = r.recvfrom(10)
print(data, sender == w.getsockname(), shape(sender))
r.sendto(b'vuelta', sender)
print(w.recvfrom(10) == (b'vuelta', r.getsockname()))
r.close()
w.close()
