import socket

for family, kind in ((socket.AF_INET, socket.SOCK_STREAM), (socket.AF_INET, socket.SOCK_DGRAM),
                     (socket.AF_INET6, socket.SOCK_STREAM), (socket.AF_INET6, socket.SOCK_DGRAM)):
    s = socket.socket(family, kind)
    print(family.name, kind.name, s.getsockopt(socket.IPPROTO_IP, socket.IP_TTL), s.getsockopt(socket.IPPROTO_IP, socket.IP_TOS))
    for v in (1, 255, 17, -1, 0, 256, -2):
        try:
            s.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, v)
            print('  ttl', v, '->', s.getsockopt(socket.IPPROTO_IP, socket.IP_TTL))
        except OSError as e:
            print('  ttl', v, type(e).__name__, e.errno)
    s.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, b'\x07')
    print('  one byte ->', s.getsockopt(socket.IPPROTO_IP, socket.IP_TTL))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_TOS, 0x10)
    print('  tos', s.getsockopt(socket.IPPROTO_IP, socket.IP_TOS))
    if family == socket.AF_INET6:
        print('  v6only', s.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        print('  v6only', s.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, False)
        print('  v6only', s.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
        print('  hops', s.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_UNICAST_HOPS))
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_UNICAST_HOPS, 9)
        print('  hops', s.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_UNICAST_HOPS))
        try:
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_UNICAST_HOPS, 300)
        except OSError as e:
            print('  hops 300', type(e).__name__, e.errno)
    s.close()
