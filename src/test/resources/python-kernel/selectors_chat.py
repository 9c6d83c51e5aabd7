import os, selectors, socket, time

# A chat relay on a selector: what one client sends, the others receive.
sel = selectors.DefaultSelector()
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 6114))
srv.listen()
sel.register(srv, selectors.EVENT_READ)
clients = []
for i in range(2):
    if os.fork() == 0:
        sel.close()
        srv.close()
        c = socket.create_connection(('127.0.0.1', 6114))
        if i == 0:
            c.recv(100)  # the server's word that both are in
            c.sendall(b'hola desde 0')
            c.shutdown(socket.SHUT_WR)
            c.recv(100)
        else:
            got = c.recv(100)
            print('client 1 got', got, flush=True)
        c.close()
        os._exit(0)
while len(clients) < 2:
    for key, mask in sel.select():
        conn, _ = key.fileobj.accept()
        clients.append(conn)
        sel.register(conn, selectors.EVENT_READ, len(clients) - 1)
clients[0].sendall(b'go')
open_ = 2
while open_:
    for key, mask in sel.select(5):
        data = key.fileobj.recv(100)
        if data:
            for other in clients:
                if other is not key.fileobj:
                    other.sendall(data)
        else:
            sel.unregister(key.fileobj)
            key.fileobj.close()
            open_ -= 1
            if open_ and key.data == 0:
                clients[1].shutdown(socket.SHUT_WR)
for _ in range(2):
    os.wait()
print('server done')
