# Builtins that charge their work (issue 14): their results stay CPython's.
state = [12345]


def bits(n):
    x = 0
    while n > 0:
        state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        take = min(n, 32)
        x = (x << take) | (state[0] >> (64 - take))
        n -= take
    return x | 1


# Long division in steps: quotients and remainders of every sign.
for la, lb in [(70000, 65), (70000, 3000), (150000, 1000), (300000, 60000), (140000, 64)]:
    for sa in (1, -1):
        for sb in (1, -1):
            a = sa * bits(la)
            b = sb * bits(lb)
            q, r = divmod(a, b)
            assert q * b + r == a and abs(r) < abs(b) and (r == 0 or (r > 0) == (b > 0))
            print(la, lb, sa, sb, q % 1000003, r % 1000003, (a // b) % 999983, (a % b) % 999983)
m = bits(70000)
x = bits(140000)
print(pow(x, 3, m) % 1000003, pow(-x, 5, m) % 1000003)

# Digits in radix 2, 8 and 16, read off the bits.
x = bits(100000)
for text in (hex(x), hex(-x), oct(x), bin(-x), format(x, 'x'), format(x, '#X'), format(-x, 'o'), format(x, '#b'),
             '%x' % x, '%#o' % -x, '%X' % x):
    print(len(text), text[:12], text[-12:])
print(hex(0), bin(1), oct(-8), format(255, '#x'), '%o' % 8)

# The 4300-digit limit, wherever an int becomes decimal text.
for convert in (str, repr, lambda v: format(v, 'd'), lambda v: '%d' % v, lambda v: f'{v:,}', lambda v: '{}'.format(v)):
    try:
        convert(10 ** 4300)
    except ValueError as e:
        print('ValueError:', e)
print(len(str(10 ** 4299)), len(format(-10 ** 4299, 'd')))

# Big ints: linear operations, shifts, comparisons, bytes.
y = x + 1
print((x + y) % 97, (x - y), (x & y) % 97, (x | y) % 97, (x ^ y), (x >> 99990), (x << 3) % 97, x == y - 1, x < y, hash(x) % 1000)
print(x.to_bytes(12501, 'big')[:3], x.to_bytes(12501, 'little')[-3:], int.from_bytes(x.to_bytes(12501, 'big'), 'big') == x)
print((-1).to_bytes(3, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'little', signed=True))

# bytes and str conversions.
print(bytes.fromhex(' 00 ff\t0A '), bytearray.fromhex('abcd'), bytes(range(5)).hex(), bytes(range(5)).hex(':'), b''.hex())
for bad in ('0', 'zz', '0 0'):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print('ValueError:', e)
s = 'ab\u00e9' * 100 + ' x\ty\nz\r\nw '
print(len(s.encode()), len(s.encode('utf-8').decode()), s.upper()[-12:], s.split()[-3:], s.splitlines()[-2:], s.strip()[-3:])
print(b'a b  c'.split(), b'x' * 3 + bytearray(b'y'), b'abc'.upper(), b' q '.strip())

# Copies: a list made from a tuple is its own.
t = (1, 2, 3)
lst = list(t)
lst[0] = 9
print(t, lst, t[1:], lst[::-1], (t + t)[2:4], [0] * 3 + lst)
big = list(range(3000))
big.insert(0, -1)
print(big.pop(0), big.index(2999), big.count(5), 2999 in big, -5 in tuple(big), big[1000:1003], len(big.copy()))

# Sets and dicts.
a = set(range(0, 3000, 2))
b = set(range(0, 3000, 3))
print(len(a | b), len(a & b), len(a - b), len(a ^ b), a <= a | b, sorted(a & b)[:5], a == set(a))
d = dict.fromkeys(range(1000), 0)
e = d.copy()
e.update({1: 1})
print(len(d | e), d == e, e[1], list(dict(d).items())[:3])
