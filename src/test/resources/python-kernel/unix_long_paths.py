# A socket path may have 107 bytes (108 with the NUL the kernel adds); longer ones are refused by
# Python itself, before any system call.
import os, socket

S, D = socket.SOCK_STREAM, socket.SOCK_DGRAM

def path_of(n):
    head = '/tmp/enchufe_largo_'
    return head + 'x' * (n - len(head))

for n in (105, 107):
    path = path_of(n)
    if os.path.exists(path):
        os.unlink(path)
    srv = socket.socket(socket.AF_UNIX, S)
    srv.bind(path)
    print(n, srv.getsockname() == path, os.path.exists(path))
    srv.listen()
    cli = socket.socket(socket.AF_UNIX, S)
    cli.connect(path)
    print('peer', cli.getpeername() == path)
    conn, _ = srv.accept()
    cli.sendall(b'largo')
    print(conn.recv(10))
    for s in (conn, cli, srv):
        s.close()
    taken = socket.socket(socket.AF_UNIX, S)
    try:
        taken.bind(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    taken.close()
    os.unlink(path)
    print('after unlink', os.path.exists(path))

dpath = path_of(107)
d = socket.socket(socket.AF_UNIX, D)
d.bind(dpath)
w = socket.socket(socket.AF_UNIX, D)
w.sendto(b'dgram', dpath)
print(d.recvfrom(10))
d.close()
w.close()
os.unlink(dpath)

for n in (108, 200):
    for call in ('bind', 'connect'):
        s = socket.socket(socket.AF_UNIX, S)
        try:
            getattr(s, call)(path_of(n))
        except OSError as e:
            print(n, call, type(e).__name__, e.errno, e)
        s.close()
u = socket.socket(socket.AF_UNIX, D)
try:
    u.sendto(b'x', path_of(108).encode())
except OSError as e:
    print('sendto', type(e).__name__, e.errno, e)
u.close()
