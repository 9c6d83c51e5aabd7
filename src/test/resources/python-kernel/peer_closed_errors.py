import os, socket, time

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5304))
srv.listen()
c = socket.create_connection(('127.0.0.1', 5304))
conn, _ = srv.accept()
conn.close()
time.sleep(0.1)
print(c.recv(10))
c.send(b'primero')
time.sleep(0.1)
try:
    c.send(b'segundo')
    print('sin error')
except (BrokenPipeError, ConnectionResetError) as e:
    print(type(e).__name__, e.errno)
c.close()
srv.close()
