# bytes % values: %s and %b take bytes as they are, %r is ascii(repr), text is refused.
print(b"%s y %b y %r" % (b"uno", bytearray(b"dos"), b"tres"))
print(b"%d%% de %5s|%-5s|" % (5, b"ab", b"cd"))
print(b"%(clave)s" % {b"clave": b"valor"})
print(b"%x %o %c %c" % (255, 8, 65, b"z"))
for bad in ["texto", 3.5]:
    try:
        b"%s" % bad
    except TypeError as e:
        print("TypeError:", e)
