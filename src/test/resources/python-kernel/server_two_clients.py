import os, socket, time

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5107))
srv.listen(5)
for i in range(2):
    if os.fork() == 0:
        srv.close()
        time.sleep(0.3 * i)
        c = socket.socket()
        c.connect(('127.0.0.1', 5107))
        c.sendall(b'soy %d' % i)
        reply = c.recv(50)
        c.close()
        os._exit(10 + i if reply == b'eco: soy %d' % i else 1)
codes = []
for _ in range(2):
    conn, addr = srv.accept()
    data = conn.recv(50)
    print('servidor recibe', data, 'de', addr[0])
    conn.sendall(b'eco: ' + data)
    conn.close()
for _ in range(2):
    pid, status = os.wait()
    codes.append(os.WEXITSTATUS(status))
print(sorted(codes))
srv.close()
