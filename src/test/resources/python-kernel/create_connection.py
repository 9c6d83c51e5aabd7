import os, socket

srv = socket.create_server(('127.0.0.1', 5101))
print(srv.getsockname(), srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
pid = os.fork()
if pid == 0:
    srv.close()
    c = socket.create_connection(('127.0.0.1', 5101), timeout=5)
    print('cliente timeout', c.gettimeout())
    c.sendall(b'ping')
    print('cliente recibe', c.recv(10))
    c.close()
    os._exit(0)
conn, addr = srv.accept()
print('servidor acepta de', addr[0], conn.gettimeout())
print('servidor recibe', conn.recv(10))
conn.sendall(b'pong')
conn.close()
os.wait()
srv.close()
try:
    socket.create_connection(('127.0.0.1', 5102), timeout=2)
except ConnectionRefusedError as e:
    print('rechazada', e.errno)
