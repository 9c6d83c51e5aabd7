# A child tells its parent through a pipe which port it will use, then serves on it.
import os
import socket

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    s = socket.socket()
    s.bind(("127.0.0.1", 50225))
    s.listen()
    os.write(w, b"50225\n")
    os.close(w)
    conn, _ = s.accept()
    conn.sendall(b"hola desde el hijo")
    conn.close()
    os._exit(0)
os.close(w)
port = int(os.read(r, 100).decode())
os.close(r)
c = socket.create_connection(("127.0.0.1", port))
print("puerto", port, c.recv(100))
_, status = os.waitpid(pid, 0)
print("estado", status)
