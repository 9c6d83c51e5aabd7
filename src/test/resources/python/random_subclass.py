# Random is subclassable: a subclass with only random() uses it for integers too.
import random


class Fixed(random.Random):
    def random(self):
        return 0.5


f = Fixed()
print(f.randrange(10), f.choice("xyz"), f.randint(1, 100), f.uniform(0, 10))
print(f._randbelow.__name__, random.Random()._randbelow.__name__)


class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


c = Counting(3)
print([c.randrange(100) for _ in range(5)], c.calls, c._randbelow.__name__)
print(c.randbytes(5), c.calls)
print(isinstance(c, random.Random), Counting.__mro__[1].__name__, random.Random.VERSION)
print(sorted(random.__all__))
