import os, selectors, socket, time

# The Python docs' echo server: one DefaultSelector, a callback kept in each key's data.
sel = selectors.DefaultSelector()
log = []


def accept(sock, mask):
    conn, addr = sock.accept()  # Should be ready
    log.append('accepted')
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)


def read(conn, mask):
    global closed
    data = conn.recv(1000)  # Should be ready
    if data:
        log.append('echoing ' + data.decode())
        conn.send(data)  # Hope it won't block
    else:
        log.append('closing')
        sel.unregister(conn)
        conn.close()
        closed += 1


sock = socket.socket()
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sock.bind(('localhost', 6111))
sock.listen(100)
sock.setblocking(False)
sel.register(sock, selectors.EVENT_READ, accept)

for i in range(3):
    if os.fork() == 0:
        sock.close()
        time.sleep(0.2 * i)
        c = socket.create_connection(('localhost', 6111))
        c.sendall(b'client %d' % i)
        reply = c.recv(100)
        c.close()
        os._exit(0 if reply == b'client %d' % i else 1)

closed = 0
while closed < 3:
    events = sel.select()
    for key, mask in events:
        callback = key.data
        callback(key.fileobj, mask)
print('\n'.join(log))
print(sorted(os.WEXITSTATUS(os.wait()[1]) for _ in range(3)))
print(len(sel.get_map()), 'registered at the end')
sel.close()
sock.close()
