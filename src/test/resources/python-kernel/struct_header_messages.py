# A binary protocol: each message is a struct header (type, length, id) and its payload.
import os
import socket
import struct

HEADER = struct.Struct("!BHI")
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 50207))
srv.listen()
if os.fork() == 0:
    c = socket.create_connection(("127.0.0.1", 50207))
    for kind, msgid, text in [(1, 1000, "hola"), (2, 1001, "¿qué tal?"), (3, 4294967295, "")]:
        payload = text.encode()
        c.sendall(HEADER.pack(kind, len(payload), msgid) + payload)
    c.close()
    os._exit(0)
conn, _ = srv.accept()
f = conn.makefile("rb")
print("cabecera de", HEADER.size, "bytes, formato", HEADER.format)
while True:
    head = f.read(HEADER.size)
    if len(head) < HEADER.size:
        break
    kind, length, msgid = HEADER.unpack(head)
    print(kind, length, msgid, f.read(length).decode())
os.wait()
