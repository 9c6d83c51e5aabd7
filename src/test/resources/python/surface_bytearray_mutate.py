# bytearray's own mutators: copy, insert, remove, reverse.
buf = bytearray(b"hello")
c = buf.copy()
c[0] = ord("J")
print(buf, c, c is buf)
buf.insert(0, ord(">"))
buf.insert(100, ord("!"))
buf.insert(-1, ord("?"))
buf.insert(-100, ord("<"))
print(buf)
buf.remove(ord("l"))
print(buf)
buf.reverse()
print(buf)
empty = bytearray()
empty.reverse()
print(empty, empty.copy())
for call in (lambda: buf.remove(ord("z")), lambda: buf.insert(0, 256), lambda: buf.insert(0, b"a"),
             lambda: buf.remove(-1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
