# Big-int multiplication, powers and modular powers large enough to run in charged steps
# (split as Karatsuba does past 65 536 bits): the same numbers as CPython's, shown by their
# residues, bit lengths and a few digits (str() of them would pass the 4300-digit limit).
a = 3 ** 100_000 + 12345
b = 7 ** 90_000 - 999
c = -(5 ** 120_000)
p = a * b
print(p.bit_length(), p % 1_000_000_007, p % (2 ** 61 - 1))
q = c * a
print(q.bit_length(), q % 1_000_000_007, q < 0)
u = a * 3                      # one small operand
print(u.bit_length(), u % 97)
s = b * b
print(s.bit_length(), s % 1_000_000_009)
print((a * b - b * a) == 0, (a + b) * (a - b) == a * a - b * b)
print((3 ** 200_000).bit_length(), (3 ** 200_000) % 1_000_003)
m = 2 ** 70_000 + 297
print(pow(3, 12345, m) % 1_000_000_007, pow(a, 65537, m) % 998_244_353, pow(5, 10 ** 30, 1_000_000_007))
print(pow(-7, 31, m) == (-7) ** 31 % m, pow(2, 0, 1), pow(b, 3, -m) % 1_000_003)
print(p // b == a, p % a, divmod(c, a)[1] % 1_000_003)
for text in ['1' * 4300, '1' * 4301]:
    try:
        print(len(str(int(text))))
    except ValueError as e:
        print(e)
try:
    print(10 ** 4300)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)))
