# bytes and bytearray: case and class tests look at ASCII letters only.
for b in (b"hello world", b"Hello World", b"HELLO", b"hello", b"", b"123", b"a1", b"\xe9t\xe9", b"It's ok", b"x y-z"):
    print(b, b.isalnum(), b.isascii(), b.islower(), b.isupper(), b.istitle(), b.isalpha(), b.isdigit())
    print(" ", b.title(), b.capitalize(), b.swapcase(), b.upper(), b.lower())
ba = bytearray(b"mIxEd \xc3\xa9 case")
print(ba.title(), ba.capitalize(), ba.swapcase(), ba.istitle())
print(type(ba.title()).__name__, type(b"x".title()).__name__)
