import os, socket, struct

def send_msg(s, data):
    s.sendall(struct.pack('!I', len(data)) + data)

def recv_exact(s, n):
    buf = b''
    while len(buf) < n:
        chunk = s.recv(n - len(buf))
        if not chunk:
            raise ConnectionError('cerrado a mitad de mensaje')
        buf += chunk
    return buf

def recv_msg(s):
    (n,) = struct.unpack('!I', recv_exact(s, 4))
    return recv_exact(s, n)

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5201))
srv.listen()
if os.fork() == 0:
    c = socket.create_connection(('127.0.0.1', 5201))
    for m in (b'uno', b'', b'x' * 5000, 'ñandú'.encode()):
        send_msg(c, m)
    print('hijo recibe', recv_msg(c))
    c.close()
    os._exit(0)
conn, _ = srv.accept()
total = 0
for _ in range(4):
    m = recv_msg(conn)
    total += len(m)
    print(len(m), m[:10])
send_msg(conn, b'total=%d' % total)
os.wait()
try:
    recv_msg(conn)
except ConnectionError as e:
    print(type(e).__name__, e)
conn.close()
srv.close()
