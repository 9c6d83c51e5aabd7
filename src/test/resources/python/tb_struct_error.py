import struct
struct.pack("!H", -1)
