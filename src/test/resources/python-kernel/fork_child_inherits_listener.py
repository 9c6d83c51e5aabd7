# After fork both processes hold the listening socket: whoever calls accept() gets the client.
import os
import socket

srv = socket.create_server(("127.0.0.1", 50265))
pid = os.fork()
if pid == 0:
    conn, _ = srv.accept()
    conn.sendall(b"atendido por el hijo")
    conn.close()
    os._exit(0)
srv.close()
c = socket.create_connection(("127.0.0.1", 50265))
print(c.recv(100))
os.waitpid(pid, 0)
try:
    socket.create_connection(("127.0.0.1", 50265))
except ConnectionRefusedError as e:
    print("ya nadie escucha:", e)
