# One process with select() serves two clients (children) through several rounds each.
import os
import select
import socket

srv = socket.create_server(("127.0.0.1", 50263))
for n in range(2):
    if os.fork() == 0:
        srv.close()
        c = socket.create_connection(("127.0.0.1", 50263))
        total = 0
        for i in range(3):
            c.sendall(b"%d" % (n * 100 + i))
            total += int(c.recv(100))
        c.close()
        os._exit(total % 256)
open_socks = [srv]
answered = 0
closed = 0
while closed < 2:
    ready, _, _ = select.select(open_socks, [], [], 5)
    for s in ready:
        if s is srv:
            conn, _ = srv.accept()
            open_socks.append(conn)
            continue
        data = s.recv(100)
        if not data:
            open_socks.remove(s)
            s.close()
            closed += 1
        else:
            s.sendall(b"%d" % (int(data) * 2))
            answered += 1
codes = sorted([os.WEXITSTATUS(os.wait()[1]) for _ in range(2)])
print("respuestas", answered, "códigos", codes)
