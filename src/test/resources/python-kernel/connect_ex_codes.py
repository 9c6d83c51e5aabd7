import errno, socket

s = socket.socket()
code = s.connect_ex(('127.0.0.1', 5105))
print(code, errno.errorcode[code], code == errno.ECONNREFUSED)
s.close()
srv = socket.socket()
srv.bind(('127.0.0.1', 5106))
srv.listen()
c = socket.socket()
print(c.connect_ex(('127.0.0.1', 5106)))
print(c.connect_ex(('127.0.0.1', 5106)), errno.errorcode[c.connect_ex(('127.0.0.1', 5106))])
n = socket.socket()
n.setblocking(False)
r = n.connect_ex(('127.0.0.1', 5106))
print(r, errno.errorcode.get(r))
for x in (c, n, srv):
    x.close()
