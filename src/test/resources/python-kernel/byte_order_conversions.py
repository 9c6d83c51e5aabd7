# Host and network byte order for ports and addresses, by hand and with struct.
import socket
import struct

for port in [80, 5000, 8080, 65535]:
    n = socket.htons(port)
    print(port, hex(n), struct.pack("!H", port).hex(), struct.pack("<H", port).hex(), socket.ntohs(n) == port)
addr = socket.inet_aton("192.168.1.20")
as_int = struct.unpack("!I", addr)[0]
print(as_int, hex(as_int), socket.htonl(as_int), hex(socket.ntohl(socket.htonl(as_int))))
print(struct.pack("!I", 3232235796) == addr, socket.inet_ntoa(struct.pack("!I", as_int + 1)))
for bad in [-1, 65536]:
    try:
        socket.htons(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    socket.htonl(2 ** 32)
except OverflowError as e:
    print("OverflowError", e)
