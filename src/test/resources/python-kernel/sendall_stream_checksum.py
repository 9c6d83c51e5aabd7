# A child sends 200 000 bytes in pieces; the parent reads until the end and checks every byte came.
import os
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 50201))
srv.listen(1)
if os.fork() == 0:
    srv.close()
    c = socket.create_connection(("127.0.0.1", 50201))
    data = bytes(range(256)) * 781 + b"fin"
    for i in range(0, len(data), 7000):
        c.sendall(data[i:i + 7000])
    c.close()
    os._exit(0)
conn, _ = srv.accept()
total = bytearray()
while True:
    chunk = conn.recv(4096)
    if not chunk:
        break
    total += chunk
print("recibidos", len(total), "suma", sum(total) % 65536, "termina en", bytes(total[-3:]))
os.wait()
conn.close()
srv.close()
