n = 5
n += 2; n -= 1; n *= 3; n //= 4; n **= 2; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
s = "a"; s += "b"; s *= 2
print(s)
t = (1,); t += (2,)
print(t)
d = {"c": 1}; d["c"] += 10
print(d)
class P:
    def __init__(self): self.v = 1
p = P(); p.v += 5
print(p.v)
f = 1.5; f /= 2
print(f)
