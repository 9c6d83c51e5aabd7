import socket

def show(*args):
    try:
        for family, kind, proto, canon, addr in socket.getaddrinfo(*args):
            print(' ', family.name, kind.name, proto, repr(canon), addr)
    except socket.gaierror as e:
        print(' ', type(e).__name__, e.errno, e.strerror)

P = int(socket.AI_PASSIVE)
for args in [(None, 80), (None, 80, socket.AF_INET), (None, 80, socket.AF_INET6),
             (None, 80, socket.AF_INET, socket.SOCK_STREAM), (None, 'http'), (None, '5000', 0, socket.SOCK_DGRAM),
             (None, 80, 0, socket.SOCK_STREAM, 0, P), (None, 80, socket.AF_INET6, socket.SOCK_DGRAM, 0, P),
             (None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, P),
             (None, None), (None, None, socket.AF_INET), (None, None, 0, 0, 0, P), ('', 80)]:
    print([a.name if hasattr(a, 'name') else a for a in args])
    show(*args)
# What a server binds to when it asks for the wildcard.
family, kind, proto, _, addr = socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, P)[0]
s = socket.socket(family, kind, proto)
s.bind(addr)
print(s.getsockname()[0])
s.close()
