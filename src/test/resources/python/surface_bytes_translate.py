# bytes.maketrans and translate (with delete), on bytes and bytearray.
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], table[:3])
print(b"aabbcc-abc".translate(table), b"hello".translate(None, b"l"), b"hello".translate(table, b"h"))
print(bytearray(b"abc").translate(table), bytearray.maketrans(b"a", b"b")[97])
rot13 = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
print(b"hello world".translate(rot13))
for call in (lambda: bytes.maketrans(b"ab", b"x"), lambda: b"x".translate(b"short"),
             lambda: bytes.maketrans("a", "b")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
