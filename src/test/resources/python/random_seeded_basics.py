# A seeded generator gives CPython's numbers: random(), randint, randrange, getrandbits.
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(12)])
print([random.randrange(10) for _ in range(8)], random.randrange(1000, 2000, 7), random.randrange(10, 0, -3))
print(random.getrandbits(1), random.getrandbits(8), random.getrandbits(32), random.getrandbits(33))
print(random.getrandbits(100), random.getrandbits(0), random.getrandbits(257))
print(random.randrange(2 ** 80), random.randint(-10 ** 30, 10 ** 30))
print(random.uniform(1, 5), random.uniform(5, 1), random.triangular(), random.triangular(0, 10, 9))
random.seed(8)
big = random.getrandbits(1_000_000)
print(big.bit_length(), big % 1_000_003, len(random.randbytes(100_000)), random.random())
