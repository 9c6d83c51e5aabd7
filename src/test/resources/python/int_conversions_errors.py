for text in ["12", " 3 ", "-4", "+5", "1_0", "0b11", "0x10", "1.5", "", "abc", "١٢"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "->", e)
for text, base in [("11", 2), ("z", 36), ("0x1f", 16), ("0o17", 0), ("09", 0), ("12", 3), ("7", 7)]:
    try:
        print(text, base, int(text, base))
    except ValueError as e:
        print(text, base, "->", e)
for text in ["1.5", "1e3", "-2.5e-3", "inf", "nan", "1,5", "", "1_000.5"]:
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print(repr(text), "->", e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int("5", base=1)
except ValueError as e:
    print(e)
