name = "Ana"
n = 42
pi = 3.14159265
print(f"{name} tiene {n} años")
print(f"{n:5d}|{n:<5}|{n:^7}|{n:>05}|{n:+}|{n:x}|{n:#o}|{n:b}|{n:08b}")
print(f"{pi:.2f}|{pi:10.4f}|{pi:e}|{pi:.3g}|{pi:%}|{1234567.891:,.2f}|{1e-7:g}")
print(f"{name!r} {name!s} {name:>10} {name:*^9} {'x'}")
print(f"{n=} {pi=:.1f} {n + 1 = }")
w = 8
print(f"[{name:>{w}}] [{pi:.{2}f}] {{literal}}")
print(f"{[1, 2][0]} {dict(a=1)['a']} {3 if n > 10 else 4}")
print(format(12.5, "08.2f"), format(255, "X"), format("ab", "^6"), format(True), format(3, ""))
