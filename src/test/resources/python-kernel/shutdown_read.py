import socket

a, b = socket.socketpair()
b.send(b'antes')
a.shutdown(socket.SHUT_RD)
print(a.recv(10))
print(a.recv(10))
a.send(b'sigo escribiendo')
print(b.recv(100))
a.shutdown(socket.SHUT_WR)
print(b.recv(100))
try:
    a.send(b'x')
except BrokenPipeError as e:
    print('BrokenPipeError', e.errno, e)
a.close()
b.close()
