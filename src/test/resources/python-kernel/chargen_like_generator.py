# A server streams generated lines until the client closes; the client keeps what it needs.
import os
import socket

srv = socket.create_server(("127.0.0.1", 50271))
if os.fork() == 0:
    conn, _ = srv.accept()
    n = 0
    try:
        while True:
            conn.sendall(("linea %04d\n" % n).encode())
            n += 1
    except (BrokenPipeError, ConnectionResetError) as e:
        print("servidor: el cliente se fue", type(e).__name__, n > 5)
    os._exit(0)
c = socket.create_connection(("127.0.0.1", 50271))
f = c.makefile("r")
lines = [f.readline() for _ in range(5)]
print("".join(lines), end="")
f.close()
c.close()
os.wait()
