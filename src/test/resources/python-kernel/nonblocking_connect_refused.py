import errno, select, socket

c = socket.socket()
c.setblocking(False)
r = c.connect_ex(('127.0.0.1', 5402))
print(r in (errno.EINPROGRESS, errno.ECONNREFUSED))
if r == errno.EINPROGRESS:
    select.select([], [c], [], 2)
    err = c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
else:
    err = r
print(err, errno.errorcode[err])
print(c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
c.close()
