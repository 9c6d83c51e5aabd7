import socket, struct

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.socket()
c.connect(srv.getsockname())
conn, _ = srv.accept()
# Linger on with a time: close() still ends the connection in order; the peer reads the data, then EOF.
c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 2))
c.sendall(b'bye')
c.close()
print(conn.recv(10))
print(conn.recv(10))
conn.close()
srv.close()
