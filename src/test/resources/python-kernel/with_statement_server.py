import os, socket

with socket.socket() as srv:
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('127.0.0.1', 5601))
    srv.listen()
    if os.fork() == 0:
        with socket.create_connection(('127.0.0.1', 5601)) as c:
            c.sendall(b'dentro del with')
        os._exit(0)
    conn, addr = srv.accept()
    with conn:
        print(conn.recv(100))
        print(conn.fileno() > 0)
    print(conn.fileno())
    os.wait()
print(srv.fileno())
try:
    srv.accept()
except OSError as e:
    print(type(e).__name__, e.errno, e)
