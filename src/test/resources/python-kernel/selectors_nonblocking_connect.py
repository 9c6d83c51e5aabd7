import errno, os, selectors, socket

# A non-blocking client: connect_ex() starts the handshake, EVENT_WRITE says when it is done,
# then the same key is modified to wait for the reply.
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 6112))
srv.listen(1)
if os.fork() == 0:
    conn, _ = srv.accept()
    conn.sendall(conn.recv(100).upper())
    conn.close()
    os._exit(0)
srv.close()

sel = selectors.DefaultSelector()
c = socket.socket()
c.setblocking(False)
print('connect_ex:', errno.errorcode[c.connect_ex(('127.0.0.1', 6112))])
key = sel.register(c, selectors.EVENT_WRITE, 'connecting')
print(key.events == selectors.EVENT_WRITE, key.data)
for key, mask in sel.select(5):
    print('ready:', key.data, mask == selectors.EVENT_WRITE)
    print('SO_ERROR:', c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
    c.send(b'hola')
    key = sel.modify(c, selectors.EVENT_READ, 'waiting')
    print('modified:', key.events == selectors.EVENT_READ, key.data)
reply = b''
while True:
    events = sel.select(5)
    if not events:
        print('timed out')
        break
    key, mask = events[0]
    data = key.fileobj.recv(100)
    if not data:
        break
    reply += data
print('reply:', reply)
sel.unregister(c)
c.close()
os.wait()

# Nobody listening: the write event comes with SO_ERROR set.
c = socket.socket()
c.setblocking(False)
c.connect_ex(('127.0.0.1', 6113))
with selectors.DefaultSelector() as sel:
    sel.register(c, selectors.EVENT_WRITE)
    for key, mask in sel.select(5):
        err = c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        print('refused:', mask, errno.errorcode[err])
c.close()
