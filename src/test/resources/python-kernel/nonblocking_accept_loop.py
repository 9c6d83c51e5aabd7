import os, select, socket, time

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5305))
srv.listen()
srv.setblocking(False)
if os.fork() == 0:
    time.sleep(0.2)
    c = socket.create_connection(('127.0.0.1', 5305))
    c.sendall(b'hola')
    c.close()
    os._exit(0)
intentos = 0
while True:
    try:
        conn, addr = srv.accept()
        break
    except BlockingIOError:
        intentos += 1
        select.select([srv], [], [], 1)
print('aceptada tras esperar', intentos > 0, conn.getblocking(), conn.gettimeout())
conn.setblocking(True)
print(conn.recv(10))
conn.close()
os.wait()
srv.close()
