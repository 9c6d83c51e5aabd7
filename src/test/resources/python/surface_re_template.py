# re.template and re.TEMPLATE, deprecated in 3.11: patterns without repetition only.
import re

p = re.template(r"GET /[a-z]")
print(p, p.flags, p.pattern, p.match("GET /x"), p.search("-- GET /y"))
print(re.template("a[bc]d").findall("abd acd aed"), re.template("(ab)|c", re.I).findall("AB c"))
print(re.compile("x", re.TEMPLATE), re.compile("x", re.T | re.I).flags)
for patron in ("a+", "a?", "a*?", "(ab)+", "a{2}", "a{,3}?", "a*+", "a|b", "(a)\\1", "[ab]", "\\d\\w", "^a$", "(?=a)"):
    try:
        print(patron, "->", re.template(patron).pattern)
    except re.error as e:
        print(patron, "-> re.error:", e, e.msg, e.pos, e.pattern, e.lineno)
try:
    re.compile("x+", re.T)
except re.error as e:
    print("re.error:", e)
try:
    re.template("a(")
except re.error as e:
    print("re.error:", e)
try:
    re.template()
except TypeError as e:
    print("TypeError:", e)
