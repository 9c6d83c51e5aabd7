import socket

a, b = socket.socketpair()
b.send('ñandú'.encode('utf-8'))
data = a.recv(3)
print(data)
try:
    print(data.decode('utf-8'))
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(data.decode('utf-8', errors='replace'))
rest = a.recv(10)
print((data + rest).decode())
print('ñ'.encode('latin-1'), b'\xf1'.decode('latin-1'))
try:
    'ñ'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
a.close()
b.close()
