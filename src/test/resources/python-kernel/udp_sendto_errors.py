import socket

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for dest in (('127.0.0.1', 0), ('127.0.0.1',), '127.0.0.1', ('127.0.0.1', 'x')):
    try:
        u.sendto(b'x', dest)
        print('ok', dest)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.sendto(b'x' * 70000, ('127.0.0.1', 5302))
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    u.send(b'x')
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    u.sendto('texto', ('127.0.0.1', 5302))
except TypeError as e:
    print('TypeError', e)
print(u.sendto(b'hola', ('localhost', 5302)))
u.close()
