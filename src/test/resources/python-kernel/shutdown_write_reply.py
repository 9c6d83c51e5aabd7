# The client says "I have finished sending" with shutdown(SHUT_WR) and still reads the answer.
import os
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 50210))
srv.listen()
if os.fork() == 0:
    conn, _ = srv.accept()
    got = b""
    while True:
        chunk = conn.recv(3)
        if not chunk:
            break
        got += chunk
    conn.sendall(b"recibi %d bytes: %s" % (len(got), got.upper()))
    conn.close()
    os._exit(0)
c = socket.create_connection(("127.0.0.1", 50210))
c.sendall(b"fin de la ")
c.sendall(b"peticion")
c.shutdown(socket.SHUT_WR)
try:
    c.send(b"mas")
except BrokenPipeError as e:
    print("tras SHUT_WR:", e)
print(c.recv(100))
print(c.recv(100))
os.wait()
