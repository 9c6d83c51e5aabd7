# Text and packed forms of addresses: inet_aton's shorthand, inet_pton's strictness, IPv6 compression.
import socket

for text in ["127.0.0.1", "127.1", "10.1.2", "0x7f.1", "255.255.255.255"]:
    print(text, socket.inet_aton(text).hex(), socket.inet_ntoa(socket.inet_aton(text)))
for bad in ["256.0.0.1", "1.2.3.4.5", "", "hola"]:
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print(repr(bad), e)
print(socket.inet_pton(socket.AF_INET, "192.168.1.20").hex())
try:
    socket.inet_pton(socket.AF_INET, "127.1")
except OSError as e:
    print("pton 127.1:", e)
for text in ["::1", "2001:db8::1", "2001:0db8:0000:0000:0000:0000:0000:0001", "::ffff:127.0.0.1", "fe80::"]:
    packed = socket.inet_pton(socket.AF_INET6, text)
    print(text, len(packed), socket.inet_ntop(socket.AF_INET6, packed))
try:
    socket.inet_ntop(socket.AF_INET, b"123")
except ValueError as e:
    print(e)
