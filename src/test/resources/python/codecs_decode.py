# bytes.decode in every codec the course meets, with every error handler (issue 21).
datas = [b"", b"abc", b"caf\xc3\xa9", b"caf\xe9", b"\x80\x81\x8d\x9f", b"\xe2\x82", b"\xed\xa0\x80x", b"\xf0\x9f\x98\x80",
         b"\xff\xfeh\x00i\x00", b"\xfe\xff\x00h\x00i", b"h\x00i", b"\x00\xd8a\x00", b"\x00\xdc", b"=\xd8\x00\xde",
         b"\x00\xd8", b"\xff\xfe\x00\x00h\x00\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"abcde"]
codecs = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1", "ascii", "cp1252"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]
for codec in codecs:
    for data in datas:
        for errors in handlers:
            try:
                print(codec, data, errors, ascii(data.decode(codec, errors)))
            except UnicodeDecodeError as e:
                print(codec, data, errors, "UnicodeDecodeError:", e)
                print("  ", e.encoding, e.start, e.end, e.reason)
try:
    b"\xff".decode("utf-8", "xmlcharrefreplace")
except TypeError as e:
    print("TypeError:", e)
print(bytearray(b"\xe9t\xe9").decode("latin-1"), b"\x80".decode("cp1252"), b"\x9c".decode("windows-1252"))
