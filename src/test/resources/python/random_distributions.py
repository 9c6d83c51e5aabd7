# The continuous distributions, seeded: each number is CPython's to the last digit.
import random

r = random.Random(99)
print(r.gauss(0, 1), r.gauss(0, 1), r.gauss(5, 2))
print(r.normalvariate(10, 2), r.normalvariate())
print(r.expovariate(0.5), r.expovariate(10))
print(r.lognormvariate(0, 1), r.lognormvariate(1, 0.5))
print(r.betavariate(2, 3), r.betavariate(0.5, 0.5))
print(r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 2), r.gammavariate(30, 0.1))
print(r.vonmisesvariate(1, 2), r.vonmisesvariate(1, 0), r.vonmisesvariate(0, 1e-7))
print(r.paretovariate(3), r.weibullvariate(1, 2), r.triangular(1, 3))
print(sum(r.gauss(100, 15) for _ in range(1000)) / 1000)
