# socket's MsgFlag and AddressInfo are IntFlags: | of two flags is a flag, printed as CPython 3.11 does.
import socket

opciones = socket.MSG_PEEK | socket.MSG_DONTWAIT
print(repr(opciones), opciones, str(opciones), opciones.name, opciones.value, type(opciones))
print(repr(opciones & socket.MSG_PEEK), repr(opciones & socket.MSG_OOB), repr(opciones ^ socket.MSG_PEEK))
print(repr(~socket.MSG_PEEK), repr(~opciones))
print(repr(socket.MSG_PEEK | 1), repr(1 | socket.MSG_PEEK), repr(socket.MSG_PEEK | 1 << 30), repr(socket.MSG_PEEK | 1 << 40))
print(repr(socket.MSG_PEEK + 1), repr(socket.MSG_PEEK & 0), (socket.MSG_PEEK & 0).name, repr(socket.MSG_WAITALL | True))
print(repr(socket.MsgFlag(66)), repr(socket.MsgFlag(0)), repr(socket.MsgFlag(2)), socket.MsgFlag(2) is socket.MSG_PEEK)
print(repr(socket.AI_PASSIVE | socket.AI_CANONNAME), repr(socket.AddressInfo(0)), repr(~socket.AI_PASSIVE))
print(repr(socket.AF_INET | socket.AF_INET6), type(socket.AF_INET), type(socket.SOCK_STREAM), socket.MsgFlag, socket.AddressInfo)
print(f"{opciones}", "%d" % opciones, format(opciones, "x"), opciones == 66, hash(opciones) == hash(66))

flags = 0
for f in (socket.MSG_PEEK, socket.MSG_DONTWAIT):
    flags |= f
print(repr(flags))

a, b = socket.socketpair()
b.sendall(b"hola")
print(a.recv(10, socket.MSG_PEEK | socket.MSG_DONTWAIT), a.recv(10, flags), a.recv(10))
try:
    a.recv(10, socket.MSG_DONTWAIT | socket.MSG_PEEK)
except BlockingIOError as e:
    print("BlockingIOError:", e)
a.close()
b.close()

for malo in ("x", 1.5):
    try:
        socket.MsgFlag(malo)
    except ValueError as e:
        print("ValueError:", e)
