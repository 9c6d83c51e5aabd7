b = b"Hola\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]), b.hex(), bytes.fromhex("48 65 6c"))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 97 in b"abc", b"a,b".split(b","), b"-".join([b"x", b"y"]))
print(bytes(3), bytes([65, 66]), bytes("ñ", "utf-8"), b"  x ".strip(), b"ABC".lower(), b"abc".upper())
print(b"hola".decode(), b"caf\xe9".decode("latin-1"), b"abc".find(b"c"), b"aXbXc".replace(b"X", b"-"))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65
print(ba, len(ba), bytes(ba), ba.decode(), ba.pop(), ba)
print(b"abc" == bytearray(b"abc"), b"a" < b"b", bytearray(2), b"\n\t\r\\".hex(":"), int.from_bytes(b"\x01\x00", "big"))
print((1000).to_bytes(2, "big"), (1000).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
