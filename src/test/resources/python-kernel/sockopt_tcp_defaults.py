import socket

s = socket.socket()
for o in ('TCP_NODELAY', 'TCP_MAXSEG', 'TCP_KEEPIDLE', 'TCP_KEEPINTVL', 'TCP_KEEPCNT'):
    print(o, s.getsockopt(socket.IPPROTO_TCP, getattr(socket, o)))
for o in ('SO_DEBUG', 'SO_DONTROUTE', 'SO_OOBINLINE', 'SO_PRIORITY', 'SO_RCVLOWAT', 'SO_KEEPALIVE',
          'SO_BROADCAST', 'SO_REUSEADDR', 'SO_REUSEPORT', 'SO_ERROR'):
    print(o, s.getsockopt(socket.SOL_SOCKET, getattr(socket, o)))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 60)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 10)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 3)
s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
s.setsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE, 5)
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVLOWAT, 0)
s.setsockopt(socket.SOL_SOCKET, socket.SO_PRIORITY, 3)
s.setsockopt(socket.SOL_TCP, socket.TCP_NODELAY, 1)
print([s.getsockopt(socket.IPPROTO_TCP, o) for o in (socket.TCP_KEEPIDLE, socket.TCP_KEEPINTVL, socket.TCP_KEEPCNT, socket.TCP_NODELAY)])
print([s.getsockopt(socket.SOL_SOCKET, o) for o in (socket.SO_KEEPALIVE, socket.SO_OOBINLINE, socket.SO_RCVLOWAT, socket.SO_PRIORITY)])
s.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print('udp cork', u.getsockopt(socket.IPPROTO_UDP, 1))
u.setsockopt(socket.SOL_UDP, 1, 1)
print('udp cork', u.getsockopt(socket.IPPROTO_UDP, 1))
u.close()
