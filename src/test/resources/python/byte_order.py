import struct
port = 5000
big = port.to_bytes(2, "big")
print(big, big.hex(" "), struct.pack("!H", port) == big, struct.pack("<H", port).hex())
ip = "172.25.4.4"
packed = bytes(int(p) for p in ip.split("."))
print(packed, struct.unpack("!I", packed)[0], ".".join(str(b) for b in packed))
n = struct.unpack("!I", packed)[0]
print(hex(n), n >> 24, (n >> 16) & 0xff, n & 0xff)
print(int.from_bytes(b"\x13\x88", "big"), int.from_bytes(b"\x13\x88", "little"))
