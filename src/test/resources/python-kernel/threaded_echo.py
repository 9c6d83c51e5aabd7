import socket, threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5207))
srv.listen(5)
lock = threading.Lock()
served = []

def atender(conn, n):
    data = conn.recv(100)
    conn.sendall(b'eco ' + data)
    conn.close()
    with lock:
        served.append(n)

def servidor():
    for n in range(3):
        conn, _ = srv.accept()
        t = threading.Thread(target=atender, args=(conn, n))
        t.start()
        t.join()

hilo = threading.Thread(target=servidor, name='servidor')
hilo.start()
for i in range(3):
    c = socket.create_connection(('127.0.0.1', 5207))
    c.sendall(b'mensaje %d' % i)
    print(c.recv(100))
    c.close()
hilo.join()
print(sorted(served), threading.active_count())
srv.close()
