# A newer urgent byte arriving while an older one waits: TCP skips the older one when the reader
# stands at it (unless SO_OOBINLINE); an AF_UNIX stream keeps it as data unless it was taken.
import socket, select
def pair(fam):
    if fam == socket.AF_UNIX: return socket.socketpair()
    l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
    c = socket.socket(); c.connect(l.getsockname()); s, _ = l.accept(); l.close(); return c, s
for fam in (socket.AF_INET, socket.AF_UNIX):
    for inline in (0, 1):
        for take in (0, 1):
            c, s = pair(fam)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE, inline)
            c.send(b'a'); c.send(b'M', socket.MSG_OOB)
            select.select([], [], [s], 2)
            r1 = s.recv(10)
            t = s.recv(1, socket.MSG_OOB) if take and not inline else None
            c.send(b'b'); c.send(b'N', socket.MSG_OOB); c.send(b'c')
            select.select([], [], [s], 2)
            out = [r1, t, s.recv(10)]
            try: out.append(s.recv(1, socket.MSG_OOB))
            except OSError as e: out.append(e.errno)
            s.setblocking(False)
            try: out.append(s.recv(10))
            except OSError as e: out.append(e.errno)
            print(fam.name, 'inline', inline, 'take', take, out)
