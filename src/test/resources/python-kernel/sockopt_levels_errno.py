import socket

kinds = [
    ('tcp', socket.AF_INET, socket.SOCK_STREAM),
    ('udp', socket.AF_INET, socket.SOCK_DGRAM),
    ('tcp6', socket.AF_INET6, socket.SOCK_STREAM),
    ('udp6', socket.AF_INET6, socket.SOCK_DGRAM),
    ('unix', socket.AF_UNIX, socket.SOCK_STREAM),
    ('unixdg', socket.AF_UNIX, socket.SOCK_DGRAM),
]
asks = [
    ('TCP_NODELAY', socket.IPPROTO_TCP, socket.TCP_NODELAY),
    ('IP_TTL', socket.IPPROTO_IP, socket.IP_TTL),
    ('IPV6_V6ONLY', socket.IPPROTO_IPV6, socket.IPV6_V6ONLY),
    ('UDP 1', socket.IPPROTO_UDP, 1),
    ('SOL_SOCKET 9999', socket.SOL_SOCKET, 9999),
    ('level 9999', 9999, 1),
    ('SO_DEBUG', socket.SOL_SOCKET, socket.SO_DEBUG),
]
for name, family, kind in kinds:
    s = socket.socket(family, kind)
    for what, level, opt in asks:
        try:
            got = s.getsockopt(level, opt)
        except OSError as e:
            got = e.__class__.__name__ + ' ' + str(e.errno)
        try:
            s.setsockopt(level, opt, 0)
            put = 'ok'
        except OSError as e:
            put = e.__class__.__name__ + ' ' + str(e.errno)
        print(name, what, got, put)
    s.close()
