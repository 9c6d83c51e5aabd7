# A tiny HTTP exchange: the child asks with GET, the parent answers with headers and a body.
import os
import socket

srv = socket.create_server(("127.0.0.1", 50208))
if os.fork() == 0:
    c = socket.create_connection(("127.0.0.1", 50208))
    c.sendall(b"GET /hola HTTP/1.0\r\nHost: localhost\r\n\r\n")
    f = c.makefile("rb")
    status = f.readline().decode().strip()
    headers = {}
    while True:
        line = f.readline().decode().strip()
        if not line:
            break
        k, v = line.split(": ", 1)
        headers[k] = v
    body = f.read(int(headers["Content-Length"]))
    print(status, headers, body)
    os._exit(0)
conn, _ = srv.accept()
req = conn.makefile("rb")
method, path, version = req.readline().decode().split()
while req.readline() not in (b"\r\n", b""):
    pass
body = ("pediste " + path).encode()
conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
conn.close()
os.wait()
print("servido", method, path, version)
