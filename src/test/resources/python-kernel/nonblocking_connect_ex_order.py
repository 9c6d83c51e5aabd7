import errno, select, socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
addr = srv.getsockname()

c = socket.socket()
c.setblocking(False)
codes = []
for _ in range(3):
    r = c.connect_ex(addr)
    codes.append(errno.errorcode.get(r, r))
    if r in (0, errno.EISCONN):
        break
    select.select([], [c], [], 5)
print(codes[0], codes[-1])
print(errno.errorcode[c.connect_ex(addr)])
print(c.getpeername() == addr)
c.close()
srv.close()
