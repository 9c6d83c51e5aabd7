# Augmented assignment on mutable objects changes them in place: every name sees it.
a = [1, 2]
b = a
a *= 2
print(b, a is b)
x = bytearray(b"ab")
y = x
x *= 3
print(y, x is y)
d = {1: "one"}
e = d
d |= {2: "two"}
print(e, d is e)
s = {1}
t = s
s |= {2}
s &= {2, 3}
s -= {9}
s ^= {4}
print(t, s is t)
l = [0]
m = l
l += (1, 2)
l += "ab"
print(m)
n = [1]
n *= 0
print(n)
try:
    d |= [(3, "three")]
except TypeError as error:
    print(error)
print(d)
