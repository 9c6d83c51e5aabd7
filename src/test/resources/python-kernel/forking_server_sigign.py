import os, signal, socket, time

signal.signal(signal.SIGCHLD, signal.SIG_IGN)
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5501))
srv.listen(5)
clientes = []
for i in range(3):
    pid = os.fork()
    if pid == 0:
        srv.close()
        time.sleep(0.1 * i)
        c = socket.create_connection(('127.0.0.1', 5501))
        c.sendall(b'%d' % (i * 10))
        print('cliente', i, 'recibe', c.recv(20).decode())
        c.close()
        os._exit(0)
    clientes.append(pid)
for _ in range(3):
    conn, _ = srv.accept()
    if os.fork() == 0:
        srv.close()
        n = int(conn.recv(20))
        conn.sendall(str(n * n).encode())
        conn.close()
        os._exit(0)
    conn.close()
time.sleep(0.5)
try:
    os.wait()
except ChildProcessError as e:
    print('sin zombis:', e.errno)
srv.close()
