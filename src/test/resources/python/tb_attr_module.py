import struct
struct.packk("!H", 1)
