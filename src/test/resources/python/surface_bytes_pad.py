# bytes padding: center/ljust/rjust with a fill byte, zfill, expandtabs.
for w in (0, 3, 8, 9):
    print(w, b"abc".center(w), b"abc".center(w, b"*"), b"abc".ljust(w, b"-"), b"abc".rjust(w), b"-42".zfill(w), b"+7".zfill(w))
print(bytearray(b"ab").center(6, b"."), bytearray(b"7").zfill(4))
print(b"a\tbc\tdef\tg".expandtabs(), b"a\tb".expandtabs(2), b"\t\n\tx".expandtabs(tabsize=3))
for bad in ("*", b"**", 42):
    try:
        b"x".center(5, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    b"x".ljust("5")
except TypeError as e:
    print("TypeError:", e)
