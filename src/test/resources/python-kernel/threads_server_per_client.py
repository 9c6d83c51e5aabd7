# A thread per client: the main thread accepts, each handler thread answers its client.
import os
import socket
import threading

srv = socket.create_server(("127.0.0.1", 50272))
answers = []
lock = threading.Lock()

def handle(conn, n):
    with conn:
        name = conn.recv(100).decode()
        conn.sendall(("hola %s, eres el %d" % (name, n)).encode())
        with lock:
            answers.append(name)

for n in range(3):
    if os.fork() == 0:
        srv.close()
        c = socket.create_connection(("127.0.0.1", 50272))
        c.sendall(["ana", "bea", "carla"][n].encode())
        reply = c.recv(100).decode()
        os._exit(0 if reply.startswith("hola") else 1)
handlers = []
for n in range(3):
    conn, _ = srv.accept()
    t = threading.Thread(target=handle, args=(conn, n))
    t.start()
    handlers.append(t)
for t in handlers:
    t.join()
codes = [os.WEXITSTATUS(os.wait()[1]) for _ in range(3)]
print(sorted(answers), codes, threading.active_count())
