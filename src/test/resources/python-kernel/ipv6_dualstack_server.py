# An IPv6 server on "::" hears IPv4 clients too, who appear as ::ffff:127.0.0.1.
import socket

srv = socket.socket(socket.AF_INET6)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("::", 50261))
srv.listen()
print(srv.getsockname())
c4 = socket.create_connection(("127.0.0.1", 50261))
conn, addr = srv.accept()
print(addr[0], addr[2:], conn.getsockname()[0])
c6 = socket.socket(socket.AF_INET6)
c6.connect(("::1", 50261))
conn6, addr6 = srv.accept()
print(addr6[0], c6.getpeername())
for s in (c4, conn, c6, conn6, srv):
    s.close()
try:
    socket.socket(socket.AF_INET6).bind(("127.0.0.1", 50262))
except socket.gaierror as e:
    print("gaierror", e.errno, e.strerror)
