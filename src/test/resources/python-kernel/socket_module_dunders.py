# The socket module's __all__, __file__ and __builtins__, and a socket's __del__, __slots__ and __weakref__.
import socket

print(socket.__all__[:7])
print("send_fds" in socket.__all__, "recv_fds" in socket.__all__, "AF_UNIX" in socket.__all__, "os" in socket.__all__)
print(all(hasattr(socket, name) for name in socket.__all__ if name != "CAPI"))
print(socket.__file__.endswith("socket.py"), socket.__name__)
print(socket.__builtins__ is not None)
print(list(socket.socket.__slots__))
s = socket.socket()
print(s.__weakref__)
try:
    s.color = "azul"
except AttributeError as e:
    print(e)
print(s.fileno())
s.__del__()
print(s.fileno(), s)
s.__del__()
s.close()
print(s)
t = socket.socket()
t.bind(("127.0.0.1", 0))
n = t.detach()
print(t, n)
u = socket.socket(fileno=n)
print(u.getsockname()[0])
u.close()
