# struct's other edges: unpack/unpack_from/pack_into/iter_unpack offsets and sizes, repeat counts too
# large for memory (never expanded), half and single floats rounding and overflowing, pad and
# zero-length codes.
import struct
cases = [
    ("unpack", ("!H", b"\x00")), ("unpack", ("!H", b"\x00\x01\x02")), ("unpack", ("H", "ab")),
    ("unpack", ("2s", b"ab")), ("unpack", ("p", b"\x05")), ("unpack", ("3p", b"\x05ab")),
    ("unpack", ("?", b"\x02")), ("unpack", ("e", b"\x00\x3c")), ("unpack", ("<f", b"\x00\x00\x80\x7f")),
    ("unpack", ("<d", b"\x00" * 7 + b"\xf8")), ("unpack", ("c", b"a")), ("unpack", ("0s", b"")),
    ("unpack", ("x", b"\x01")), ("unpack", ("@bi", b"\x01" * 8)), ("unpack", ("=bi", b"\x01" * 5)),
    ("calcsize", ("@bq",)), ("calcsize", ("=bq",)), ("calcsize", ("@hi0q",)), ("calcsize", ("n",)),
    ("calcsize", ("<n",)), ("calcsize", ("q!",)), ("calcsize", (" 2 h",)), ("calcsize", ("2 h",)),
    ("calcsize", ("99999999999999999999h",)), ("calcsize", ("P",)), ("calcsize", ("<P",)),
    ("pack", ("<e", 65520.0)), ("pack", ("<e", 1e-8)), ("pack", ("<f", float("inf"))),
    ("pack", ("<f", 3.5e38)), ("pack", ("<f", -3.5e38)), ("pack", ("?", [])), ("pack", ("5p", b"abcdefgh")),
    ("pack", ("0p", b"ab")), ("pack", ("3s", bytearray(b"abcdef"))), ("pack", ("s", b"")),
    ("pack", ("c", bytearray(b"a"))), ("pack", ("h", 1.0)), ("pack", ("h", "1")),
    ("pack", ("<q", 2**63 - 1)), ("pack", (">Q", 2**64 - 1)), ("pack", ("!i", -2**31)),
    ("iter_unpack", ("<h", b"\x01\x00\x02\x00")), ("iter_unpack", ("<h", b"\x01")),
    ("unpack_from", ("<h", b"\x00\x01\x02", 1)), ("unpack_from", ("<h", b"\x00\x01\x02", 2)),
    ("unpack_from", ("<h", b"\x00\x01\x02", -1)),
]
for name, args in cases:
    try:
        fn = getattr(struct, name)
        r = fn(*args)
        if name == "iter_unpack":
            r = list(r)
        print(name, repr(args)[:40], "->", r)
    except Exception as e:
        print(name, repr(args)[:40], type(e).__name__, e)
for args in [(), ("h",), ("h", bytearray(2)), ("h", bytearray(2), 0), ("h", bytearray(2), 0, 1, 2), ("h", b"ab", 0, 1),
             ("<h", bytearray(3), -1, 1), ("<h", bytearray(3), -3, 1), ("<h", bytearray(3), -4, 1), ("<h", bytearray(3), 2, 1)]:
    try:
        print("pack_into", args[:3], struct.pack_into(*args))
    except Exception as e:
        print("pack_into", args[:3], type(e).__name__, e)
for fmt in ["100000000h", "1000000000000x", "9223372036854775807x", "9223372036854775807h", "4611686018427387904h", "2305843009213693952q"]:
    try:
        print(fmt, struct.calcsize(fmt))
        print(struct.pack(fmt, 1))
    except Exception as e:
        print(fmt, type(e).__name__, e)
for x in (65504.0, 65519.0, 65519.99999, 65520.0, float("inf"), -float("inf"), float("nan"), -float("nan"), -65520.0, 1e300,
          5.960464477539063e-08, 2.98023223876953125e-08, 2.980232238769532e-08, 1e-300, -0.0, 6.103515625e-05, 0.1, 1/3):
    try:
        print(repr(x), struct.pack("<e", x), struct.pack(">e", x), struct.unpack("<e", struct.pack("<e", x)))
    except Exception as e:
        print(repr(x), type(e).__name__, e)
for x in (3.4028234663852886e+38, 3.4028235677973366e+38, 3.402823567797337e+38, 1e39, -1e39, float("inf"), -float("nan"), 1e-46):
    try:
        print(repr(x), struct.pack("<f", x), struct.pack("<d", x))
    except Exception as e:
        print(repr(x), type(e).__name__, e)
print(struct.calcsize("@hi0q"), struct.calcsize("@b0h"), struct.pack("@b0i", 1), struct.unpack("3h2x2s0s", b"\x01\x00\x02\x00\x03\x00\x00\x00ab"))
print(struct.pack("3?", 0, [], "x"), struct.pack("2c", b"a", b"b"), struct.unpack(">2H", b"\x00\x01\x00\x02"))
