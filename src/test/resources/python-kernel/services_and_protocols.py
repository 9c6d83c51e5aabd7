# /etc/services and /etc/protocols as the resolver answers them.
import socket

for name, proto in [("http", "tcp"), ("https", None), ("domain", "udp"), ("ssh", None), ("smtp", "tcp")]:
    print(name, proto, socket.getservbyname(name, proto) if proto else socket.getservbyname(name))
for port, proto in [(80, "tcp"), (53, "udp"), (22, None), (443, "tcp")]:
    print(port, socket.getservbyport(port, proto) if proto else socket.getservbyport(port))
print(socket.getprotobyname("tcp"), socket.getprotobyname("udp"), socket.getprotobyname("icmp"))
for bad in [lambda: socket.getservbyname("nadaquever"), lambda: socket.getservbyport(3), lambda: socket.getprotobyname("nada")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
try:
    socket.getservbyport(70000)
except OverflowError as e:
    print("OverflowError", e)
