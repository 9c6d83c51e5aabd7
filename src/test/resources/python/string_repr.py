print(repr("hola"), repr("it's"), repr('say "hi"'), repr("both ' \""), repr("tab\there\n"))
print(repr("\x00\x1f\x7f"), repr("é ñ 中"), repr("\u200b"), repr("\\"))
print(ascii("ñandú"), [("a", 'b"c')])
print(str(b"bytes"), repr(b"\x00\xff'\""), repr(bytearray(b"ab")))
