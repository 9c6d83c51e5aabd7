import socket

s = socket.socket()
for call in (s.getpeername, lambda: s.send(b'x'), lambda: s.recv(1), lambda: s.shutdown(socket.SHUT_RDWR)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
print(s.getsockname())
s.close()
try:
    s.getpeername()
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    socket.socket(99, socket.SOCK_STREAM)
except (OSError, ValueError) as e:
    print(type(e).__name__, e)
try:
    socket.socket(socket.AF_INET, 99)
except OSError as e:
    print(type(e).__name__, e.errno, e)
