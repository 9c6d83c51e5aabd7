# The corners of everyday methods where Enchufe disagreed with CPython (issue 21).
print("  a b  c  ".rsplit(None, 1))
print("  a b  c  ".rsplit(None, 2))
print("  a b  c".rsplit(maxsplit=0))
print("\ta\tb".rsplit(None, 1))
print(b"  a b  c  ".rsplit(None, 1))
print(b"\x01\x02\x03\x04\x05".hex(":"))
print(b"\x01\x02\x03\x04\x05".hex(":", 2))
print(b"\x01\x02\x03\x04\x05".hex(b"-", -2))
print(b"\x01\x02\x03\x04\x05".hex(sep="_", bytes_per_sep=3))
print(bytearray(b"\xff\x00").hex(" "))
for sep in ("::", "é", 3, b""):
    try:
        b"ab".hex(sep)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"), (5).to_bytes())
print((-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xff", "little", signed=True), int.from_bytes(b"\x01\x00"))
print(int.from_bytes([1, 2], "big"))
for call in (lambda: (1).to_bytes(2, "middle"), lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
             lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes("2", "big"), lambda: (1).to_bytes(2, 3),
             lambda: int.from_bytes(b"\x00", "middle"), lambda: int.from_bytes("ab", "big"),
             lambda: int.from_bytes(b"\x00", 5), lambda: int.from_bytes(1, "big"),
             lambda: (1).to_bytes(2, "big", True), lambda: int.from_bytes(b"1", "big", False)):
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
