import socket

a = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
a.bind(('::1', 5210))
print(a.getsockname())
b = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
b.sendto(b'hola v6', ('::1', 5210))
data, addr = a.recvfrom(100)
print(data, addr[0], len(addr), addr[2], addr[3])
a.sendto(data.upper(), addr)
print(b.recvfrom(100)[0])
try:
    b.sendto(b'x', ('127.0.0.1', 5210))
except OSError as e:
    print(type(e).__name__, e)
a.close()
b.close()
