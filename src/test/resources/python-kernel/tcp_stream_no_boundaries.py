# TCP has no messages: three sends may arrive as one recv; a length prefix puts the boundaries back.
import socket
import struct
import time

srv = socket.create_server(("127.0.0.1", 50248))
c = socket.create_connection(("127.0.0.1", 50248))
conn, _ = srv.accept()
for word in [b"uno", b"dos", b"tres"]:
    c.send(word)
time.sleep(0.1)
print(conn.recv(100))
for word in [b"uno", b"dos", b"tres"]:
    c.sendall(struct.pack("!H", len(word)) + word)
time.sleep(0.1)
data = conn.recv(100)
messages = []
while data:
    n, = struct.unpack("!H", data[:2])
    messages.append(data[2:2 + n])
    data = data[2 + n:]
print(messages)
