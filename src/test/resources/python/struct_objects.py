# struct.Struct: a format parsed once, with pack/unpack as methods and its size and format.
import struct

S = struct.Struct("!HI")
print(S.size, S.format, S.pack(1, 2))
print(S.unpack(b"\x00\x01\x00\x00\x00\x02"), S.unpack_from(b"xx\x00\x01\x00\x00\x00\x02", 2))
print(list(S.iter_unpack(b"\x00\x01\x00\x00\x00\x02" * 2)), type(S).__name__)
buf = bytearray(8)
S.pack_into(buf, 1, 7, 8)
print(buf)
print(struct.Struct(b"<h").format, struct.Struct("3s").unpack(b"abc"))
try:
    S.unpack(b"\x00")
except struct.error as e:
    print("struct.error:", e)
try:
    S.pack(1)
except struct.error as e:
    print("struct.error:", e)
