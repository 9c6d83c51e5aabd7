# re's flags are re.RegexFlag members: they print by name, combine with |, & and ^, invert with ~.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG)
print(re.IGNORECASE, repr(re.MULTILINE), str(re.DOTALL), f"{re.VERBOSE}", "%s" % re.ASCII)
opciones = re.I | re.M
print(opciones, repr(opciones), opciones.name, opciones.value, int(opciones), type(opciones))
print(re.I | re.M | re.S, re.S | re.I, opciones & re.M, opciones & re.S, opciones ^ re.I, opciones ^ re.S)
print(~re.I, ~opciones, ~re.NOFLAG, re.I & ~re.I)
print(re.I == 2, opciones == 10, hash(re.I) == hash(2), re.I + 1, re.I * 2, type(re.I + 1), isinstance(re.I, int))
print(re.I | 1024, re.I | 1 << 20, 3 | re.I, re.I | True, True | re.I, re.I.name, re.NOFLAG.name)
print("%d %x %5d|" % (re.I, re.X, re.M), format(re.S, "d"), f"{re.I:>4}|{re.M!r}|{opciones!s}")
print(re.RegexFlag, type(re.I), re.RegexFlag(2), re.RegexFlag(10), re.RegexFlag(0), re.RegexFlag(re.M))
print(re.RegexFlag(2) is re.I, re.RegexFlag.__name__, re.RegexFlag.__module__)

flags = 0
for f in (re.I, re.M, re.X):
    flags |= f
print(flags, type(flags).__name__)

patron = re.compile(r"^hola # saludo", flags)
print(patron, patron.flags, type(patron.flags).__name__, patron.match("HOLA"))
print(re.compile("a", re.I | re.M), re.compile("(?s)a"), re.compile("a").flags, re.compile(b"a", re.I).flags)
print(re.findall("^[a-z]+$", "uno\nDos\ntres", re.M | re.I), re.split(r"\s+", "a b  c", flags=re.NOFLAG))

for malo in ("x", 1.5, None):
    try:
        re.RegexFlag(malo)
    except ValueError as e:
        print("ValueError:", e)
