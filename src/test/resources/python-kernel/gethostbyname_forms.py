# Names and numbers the resolver accepts: dotted quads stay as they are, names come from /etc/hosts.
import socket

for host in ["127.0.0.1", "localhost", "LOCALHOST", "127.000.000.001", ""]:
    try:
        print(repr(host), socket.gethostbyname(host))
    except socket.gaierror as e:
        print(repr(host), "gaierror", e.errno)
print(socket.gethostbyname_ex("127.0.0.1"))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 5000, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_PASSIVE))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
try:
    socket.gethostbyname("300.1.1.1.1")
except socket.gaierror as e:
    print("gaierror", e.errno)
