# replaces: crudo.py
# fails: eperm, mensaje, dos-protocolos
# fires: pista-protocolo
# SOCK_RAW with no protocol, as SOCK_STREAM and SOCK_DGRAM are usually made: protocol 0 is "the
# usual one", a raw socket has none, and Linux answers EPROTONOSUPPORT before it even looks at
# the user's privileges. The except OSError hides that the error is not the one the step meant.
import socket

for intento in range(2):
    try:
        crudo = socket.socket(socket.AF_INET, socket.SOCK_RAW)
        crudo.close()
    except OSError as e:
        print('SOCK_RAW:', e)

tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print('SOCK_STREAM: descriptor', tcp.fileno())
print('SOCK_DGRAM: descriptor', udp.fileno())
tcp.close()
udp.close()
