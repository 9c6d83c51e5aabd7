# Integer functions on ints of any size: gcd and lcm of any number of arguments, factorial, comb
# and perm (how many ways to pick ports or order packets), with CPython's errors.
import math

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(2**200, 6**100), math.gcd(True, 4), math.gcd(10**50 + 1, 10**25 + 1))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**70, 3**40))
for n in (0, 1, 5, 10, 20, 21, 30, 100):
    print(n, "! =", math.factorial(n))
print(math.factorial(2000).bit_length(), math.factorial(True), math.factorial(500) % 10**9)
print("ways to choose 3 of 10 servers:", math.comb(10, 3), "orders:", math.perm(10, 3), math.perm(5))
for n, k in ((5, 0), (5, 5), (5, 6), (0, 0), (100, 50), (10**20, 2), (60, 30), (1000, 3)):
    print("comb", n, k, math.comb(n, k), "perm", math.perm(n, k))
print(math.perm(10, None), math.comb(True, True))


class Port:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(math.gcd(Port(48), Port(36)), math.factorial(Port(6)), math.comb(Port(6), 2), math.isqrt(Port(50)))

calls = [
    (math.factorial, (-1,)), (math.factorial, (5.0,)), (math.factorial, ("5",)), (math.factorial, (10**20,)),
    (math.gcd, (2.5, 5)), (math.gcd, (4, "6")), (math.lcm, (1.0,)), (math.comb, (-1, 2)), (math.comb, (5, -2)),
    (math.comb, (5.0, 2)), (math.perm, (-3, 1)), (math.perm, (3, -1)), (math.perm, (3, 1.5)),
    (math.comb, (10**20, 10**19)), (math.perm, (10**20, 10**19)), (math.factorial, (None,)),
]
for fn, args in calls:
    try:
        print(fn.__name__, args, fn(*args))
    except Exception as e:
        print(fn.__name__, args, "->", type(e).__name__ + ":", e)
