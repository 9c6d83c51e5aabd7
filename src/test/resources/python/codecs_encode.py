# str.encode in every codec the course meets, with every error handler (issue 21).
texts = ["", "abc", "caf\u00e9", "\u20ac5", "\u0100\u0101x", "\U0001F600!", "a\udc80\udcffb", "\ud800"]
codecs = ["utf-8", "UTF8", "utf-16", "utf-16-le", "utf_16_be", "utf-32", "utf-32-le", "utf-32-be",
          "latin-1", "iso-8859-1", "ascii", "cp1252", "windows-1252"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]
for codec in codecs:
    for text in texts:
        for errors in handlers:
            try:
                print(codec, ascii(text), errors, text.encode(codec, errors))
            except UnicodeEncodeError as e:
                print(codec, ascii(text), errors, "UnicodeEncodeError:", e)
                print("  ", e.encoding, e.start, e.end, e.reason)
for bad in ("utf-7x", "klingon"):
    try:
        "a".encode(bad)
    except LookupError as e:
        print("LookupError:", e)
try:
    "\u00e9".encode("ascii", "nonsense")
except LookupError as e:
    print("LookupError:", e)
print("a".encode("ascii", "nonsense"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xff\xfeh\x00i\x00", encoding="utf-16"), bytes("\u00e9", "latin-1"))
