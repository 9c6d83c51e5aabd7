# A socket's family, type and proto as Python shows them, and the enums behind them.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(s.family, s.type, s.proto, repr(s.family), repr(s.type))
print(int(socket.AF_INET), int(socket.AF_INET6), int(socket.AF_UNIX), int(socket.SOCK_STREAM), int(socket.SOCK_DGRAM))
print(socket.AF_INET.name, socket.SOCK_STREAM.name, socket.AddressFamily(10), socket.SocketKind(1))
print(socket.SOCK_STREAM == 1, socket.AF_INET + 0, isinstance(socket.AF_INET, int))
t = socket.socket(socket.AF_INET6, socket.SOCK_STREAM, socket.IPPROTO_TCP)
print(t.family.name, t.type.name, t.proto, t.fileno() > 2)
print(socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.SOL_SOCKET, socket.SOMAXCONN)
s.close()
t.close()
print(s.fileno(), t.fileno())
