import socket, threading, time

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5602))
srv.listen()

def servir():
    while True:
        conn, _ = srv.accept()
        conn.sendall(b'hora: ' + b'12:00')
        conn.close()

t = threading.Thread(target=servir, daemon=True, name='servidor')
t.start()
for _ in range(2):
    c = socket.create_connection(('127.0.0.1', 5602))
    print(c.recv(50))
    c.close()
print(t.is_alive(), t.daemon, t.name)
print('el programa termina aunque el hilo siga en accept()')
