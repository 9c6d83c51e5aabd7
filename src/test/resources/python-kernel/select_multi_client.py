import os, select, socket, time

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5202))
srv.listen(5)
for i in range(3):
    if os.fork() == 0:
        srv.close()
        time.sleep(0.15 * i)
        c = socket.create_connection(('127.0.0.1', 5202))
        c.sendall(b'hola %d' % i)
        reply = c.recv(100)
        c.close()
        os._exit(0 if reply == b'HOLA %d' % i else 1)
clients = []
served = 0
log = []
while served < 3:
    readable, _, _ = select.select([srv] + clients, [], [], 5)
    for s in readable:
        if s is srv:
            conn, addr = srv.accept()
            clients.append(conn)
            log.append('accept')
        else:
            data = s.recv(100)
            if data:
                s.sendall(data.upper())
                log.append(data.decode())
            else:
                clients.remove(s)
                s.close()
                served += 1
                log.append('cerrado')
print(log)
codes = sorted(os.WEXITSTATUS(os.wait()[1]) for _ in range(3))
print(codes)
srv.close()
