import socket

a, b = socket.socketpair()
b.send(b'abc')
print(a.recv(0))
print(a.recv(2), a.recv(10))
try:
    a.recv(-1)
except ValueError as e:
    print('ValueError', e)
try:
    a.recv('10')
except TypeError as e:
    print('TypeError', e)
print(b.send(b''))
print(a.send(bytearray(b'xy')), b.recv(5))
try:
    a.send('texto')
except TypeError as e:
    print('TypeError', e)
print(b.sendall(b'z' * 100000) is None, len(a.recv(200000)) > 0)
a.close()
b.close()
