# The resolver answers from the sandbox's /etc/hosts and /etc/services.
import socket

print(socket.AF_INET, repr(socket.AF_INET), socket.AF_INET.name, socket.SOCK_DGRAM + 0, isinstance(socket.AF_INET, int))
s = socket.socket()
print(repr(s.family), repr(s.type), s.family == 2, f"{s.family}")
print(socket.getaddrinfo("localhost", 80))
print(socket.getaddrinfo("127.0.0.1", "http", socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 5000, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo(None, 5000, socket.AF_INET))
print(socket.getaddrinfo("localhost", "echo", type=socket.SOCK_DGRAM))
print(socket.getaddrinfo("localhost", 80, proto=socket.IPPROTO_UDP))
for args in [("no.existe.invalid", 80), ("localhost", "nope"), ("localhost", 80, 99), ("localhost", 80, 0, 0, 0, socket.AI_NUMERICHOST)]:
    try:
        socket.getaddrinfo(*args)
    except socket.gaierror as e:
        print(type(e).__name__, e, e.errno)
print(socket.gethostbyname_ex("localhost"), socket.gethostbyname_ex("127.0.0.1"))
print(socket.gethostbyaddr("127.0.0.1"))
try:
    socket.gethostbyaddr("10.9.9.9")
except socket.herror as e:
    print(type(e).__name__, e, e.errno, isinstance(e, OSError))
print(socket.getnameinfo(("127.0.0.1", 80), 0), socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("127.0.0.1", 123), socket.NI_DGRAM))
print(socket.inet_pton(socket.AF_INET, "10.0.0.1"), socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\x01"))
try:
    socket.inet_pton(socket.AF_INET, "10.1")
except OSError as e:
    print(type(e).__name__, e)
for text in ["::1", "::", "fe80::1:2", "2001:db8:0:0:1:0:0:1", "1:0:0:0:0:0:0:8"]:
    packed = socket.inet_pton(socket.AF_INET6, text)
    print(text, packed.hex(), socket.inet_ntop(socket.AF_INET6, packed))
print(socket.getfqdn("localhost"))
print(socket.getservbyname("domain", "udp"), socket.getservbyport(22), socket.getprotobyname("udp"))
servidor = socket.create_server(("127.0.0.1", 50240))
print(servidor.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), servidor.getsockname())
try:
    socket.create_server(("127.0.0.1", 50240))
except OSError as e:
    print(e)
