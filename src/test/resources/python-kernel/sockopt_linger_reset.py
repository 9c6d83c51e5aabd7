import socket, struct

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.socket()
c.connect(srv.getsockname())
conn, _ = srv.accept()
c.sendall(b'hello')
print(conn.recv(5))
# Linger on with no time: close() throws the connection away with a reset.
c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
c.close()
try:
    data = conn.recv(100)
    print('recv gave', data)
except ConnectionResetError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    conn.send(b'x')
    print('send after reset went')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
conn.close()
srv.close()
