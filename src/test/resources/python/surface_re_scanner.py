# Pattern.scanner, sre's undocumented cursor: each match()/search() goes on where the last ended;
# re.Pattern[str] and re.Match[bytes] are type hints like list[int].
import re
s = re.compile(r"\d+").scanner("12 ab 345 6")
print(s.pattern, s.search(), s.search(), s.match(), s.search(), s.search())
s = re.compile(r"\d*").scanner("a12b")
print([s.search() for _ in range(6)])
s = re.compile(r"\w+|\s+|.").scanner("GET /index.html HTTP/1.0", 4)
tokens = []
while (m := s.match()) is not None:
    tokens.append((m.group(), m.span(), m.pos, m.endpos))
print(tokens)
s = re.compile("a").scanner("aab", 0, 2)
print(s.match(), s.match(), s.match(), s.search())
s = re.compile("x").scanner("abc", 5)
print(s.search(), s.match())
print(re.Pattern[str], re.Match[bytes], re.Pattern[str].__origin__, "scanner" in dir(re.compile("a")), "__class_getitem__" in dir(re.Match))
print(type(re.compile("a").scanner("")).__name__)
try:
    re.compile("a").scanner()
except TypeError as e:
    print("TypeError:", e)
