import socket, struct

for n in (0, 1, 80, 5000, 65535):
    print(n, socket.htons(n), socket.ntohs(socket.htons(n)), hex(socket.htons(n)))
for n in (0, 1, 0x7f000001, 0xffffffff):
    print(n, socket.htonl(n), socket.ntohl(socket.htonl(n)))
packed = socket.inet_aton('127.0.0.1')
print(packed, len(packed), socket.inet_ntoa(packed))
print(socket.inet_aton('10.1.2.3').hex(), socket.inet_ntoa(b'\xc0\xa8\x01\x01'))
print(socket.inet_pton(socket.AF_INET, '172.25.4.4'))
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, '::1')))
print(socket.inet_pton(socket.AF_INET6, 'fe80::1').hex())
print(struct.pack('!H', 5000), struct.pack('<H', 5000), struct.pack('!I', 0x7f000001))
print(struct.unpack('!HH', b'\x13\x88\x00\x50'))
for bad in ('256.0.0.1', 'hola', ''):
    try:
        socket.inet_aton(bad)
        print('ok', bad)
    except OSError as e:
        print(type(e).__name__, e)
try:
    socket.inet_pton(socket.AF_INET, '1.2.3')
except OSError as e:
    print(type(e).__name__, e)
try:
    socket.htons(70000)
except OverflowError as e:
    print('OverflowError', e)
