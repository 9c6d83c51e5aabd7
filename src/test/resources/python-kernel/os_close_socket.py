import os, socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.socket()
c.connect(srv.getsockname())
conn, _ = srv.accept()
os.close(c.fileno())
print('peer reads the end', conn.recv(10))
try:
    c.send(b'x')
except OSError as e:
    print('send', type(e).__name__, e.errno, e.strerror)
try:
    c.close()
except OSError as e:
    print('close', type(e).__name__, e.errno, e.strerror)
try:
    os.close(c.fileno())
except OSError as e:
    print('os.close again', type(e).__name__, e.errno, e.strerror)
print(c.fileno())
conn.close()
srv.close()
