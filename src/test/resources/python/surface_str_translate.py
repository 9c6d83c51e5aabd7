# str.maketrans in its three forms, translate, format_map and isascii.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t), "hello".translate(str.maketrans("", "", "l")))
print("abc".translate({97: "AA", 98: None, 99: 100}))
print(sorted(str.maketrans({"a": "1", 98: None}).items()))
print("{name} is {age}".format_map({"name": "Ana", "age": 20}), "{0}".format_map({}) if False else "")
for s in ("ascii", "", "é", "\x7f"):
    print(repr(s), s.isascii())
for call in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
             lambda: "a".translate({97: 1.5}), lambda: "{x}".format_map({})):
    try:
        call()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
