import struct
print(struct.pack("!H", 5000), struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("!HH", 80, 443))
print(struct.unpack("!H", b"\x13\x88"), struct.unpack("<HI", b"\x01\x00\x02\x00\x00\x00"))
print(struct.calcsize("!HI"), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("q"), struct.calcsize("3s"))
print(struct.pack("4s", b"ab"), struct.pack("?b", True, -1), struct.pack("!f", 1.5), struct.pack("<d", 0.1))
print(struct.unpack("!f", struct.pack("!f", 0.1)), struct.unpack("!d", struct.pack("!d", 0.1)))
print(struct.pack("!4B", 127, 0, 0, 1), struct.unpack("!4B", bytes([192, 168, 1, 10])))
print(struct.pack("!q", -2), struct.unpack("!Q", b"\xff" * 8), struct.pack("c", b"x"), struct.unpack("2c", b"ab"))
h = struct.pack("!HHI", 1, 2, 3)
print(h.hex(), struct.unpack_from("!I", h, 4), list(struct.iter_unpack("!H", b"\x00\x01\x00\x02")))
buf = bytearray(8)
struct.pack_into("!HH", buf, 2, 7, 8)
print(buf)
for fmt, v in [("!H", 70000), ("B", 256), ("h", 40000), ("!i", 2**31)]:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print("error:", e)
try:
    struct.unpack("!I", b"ab")
except struct.error as e:
    print("error:", e)
try:
    struct.pack("!HH", 1)
except struct.error as e:
    print("error:", e)
