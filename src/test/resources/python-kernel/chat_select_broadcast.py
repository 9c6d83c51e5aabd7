import os, select, socket, time

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5503))
srv.listen()
for i in range(2):
    if os.fork() == 0:
        srv.close()
        c = socket.create_connection(('127.0.0.1', 5503))
        time.sleep(0.3)
        if i == 0:
            c.sendall(b'hola a todos')
        msgs = c.recv(100)
        time.sleep(0.2 * i)
        os.write(1, ('cliente %d oye: %s\n' % (i, msgs.decode())).encode())
        c.close()
        os._exit(0)
clientes = []
while len(clientes) < 2:
    conn, _ = srv.accept()
    clientes.append(conn)
enviados = 0
while enviados == 0:
    r, _, _ = select.select(clientes, [], [], 5)
    for s in r:
        m = s.recv(100)
        for otro in clientes:
            otro.sendall(b'[difundido] ' + m)
        enviados += 1
for _ in range(2):
    os.wait()
for c in clientes:
    c.close()
srv.close()
print('difundidos', enviados)
