# Iterating the modules' enums and flags: the classes give their members, a flag its bits.
import re
import signal
import socket

print(list(socket.SocketKind))
print(list(signal.Handlers), list(signal.Sigmasks), len(signal.Signals) > 20)
print([s.name for s in signal.Signals][:5], sorted(socket.AddressFamily)[:3])
print(len(re.RegexFlag), list(re.RegexFlag), len(socket.MsgFlag), list(socket.AddressInfo)[:3])
print(socket.AF_INET in socket.AddressFamily, signal.SIGINT in signal.Signals, re.I in re.RegexFlag)

opciones = socket.MSG_PEEK | socket.MSG_DONTWAIT
print(list(opciones), len(opciones), socket.MSG_PEEK in opciones, socket.MSG_OOB in opciones)
print([f for f in re.I | re.S | re.M], len(re.NOFLAG), list(re.NOFLAG), list(re.I | 1024), len(socket.MsgFlag(0)))
for nombre in [m.name for m in socket.MsgFlag if m & (socket.MSG_PEEK | socket.MSG_WAITALL)]:
    print("activa:", nombre)

for malo in (lambda: 2 in opciones, lambda: re.I in opciones, lambda: list(socket.AF_INET), lambda: len(socket.AF_INET),
             lambda: len(socket.SOCK_STREAM), lambda: list(int), lambda: len(int)):
    try:
        print(malo())
    except TypeError as e:
        print("TypeError:", e)
