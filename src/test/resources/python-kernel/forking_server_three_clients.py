# A forking server: one child per client, three clients at once, the parent reaps every child
# (each client exits with the number the server answered).
import os
import socket

srv = socket.create_server(("127.0.0.1", 50241), reuse_port=False)
clients = []
for n in range(3):
    pid = os.fork()
    if pid == 0:
        srv.close()
        c = socket.create_connection(("127.0.0.1", 50241))
        c.sendall(b"%d" % (n * 10))
        os._exit(int(c.recv(100)))
    clients.append(pid)
handlers = []
for _ in range(3):
    conn, _ = srv.accept()
    pid = os.fork()
    if pid == 0:
        srv.close()
        value = int(conn.recv(100))
        conn.sendall(str(value + 1).encode())
        os._exit(0)
    handlers.append(pid)
    conn.close()
codes = sorted([os.WEXITSTATUS(os.waitpid(pid, 0)[1]) for pid in clients + handlers])
print("hijos recogidos:", len(codes), codes)
