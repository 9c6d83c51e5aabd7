# The two helpers: create_server() sets SO_REUSEADDR and listens; create_connection() tries in order.
import socket

srv = socket.create_server(("127.0.0.1", 50246), backlog=3)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, srv.family.name, srv.type.name)
print(socket.has_dualstack_ipv6())
c = socket.create_connection(("localhost", 50246), timeout=2)
print(c.gettimeout(), c.family.name, c.getpeername())
conn, addr = srv.accept()
print(conn.gettimeout(), addr == c.getsockname())
c2 = socket.create_connection(("127.0.0.1", 50246), source_address=("127.0.0.1", 50247))
print(c2.getsockname())
for s in (c, c2, conn, srv):
    s.close()
try:
    socket.create_connection(("127.0.0.1", 50246), timeout=1)
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
