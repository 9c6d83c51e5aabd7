import os, socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5103))
srv.listen(1)
data = bytes(range(256)) * 4000
pid = os.fork()
if pid == 0:
    c = socket.socket()
    c.connect(('127.0.0.1', 5103))
    c.sendall(data)
    c.shutdown(socket.SHUT_WR)
    print('hijo envió', len(data), c.recv(100))
    c.close()
    os._exit(0)
conn, _ = srv.accept()
got = bytearray()
while True:
    chunk = conn.recv(65536)
    if not chunk:
        break
    got += chunk
print('padre recibió', len(got), got == data)
conn.sendall(str(len(got)).encode())
conn.close()
os.wait()
srv.close()
