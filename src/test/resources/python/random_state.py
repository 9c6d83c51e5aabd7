# getstate/setstate replay a sequence; instances have their own state.
import random

random.seed(1)
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[2], state[1][:3])
a = [random.random() for _ in range(5)]
random.setstate(state)
print(a == [random.random() for _ in range(5)])
random.gauss(0, 1)
s = random.getstate()
print(type(s[2]).__name__, s[2])
g = random.gauss(0, 1)
random.setstate(s)
print(g == random.gauss(0, 1))
one, two = random.Random(5), random.Random(5)
print(one.random() == two.random(), one.random(), random.Random(5).getstate() == random.Random(5).getstate())
random.seed(5)
print(random.random(), random.Random(5).random())
sr = random.SystemRandom()
x = sr.random()
print(0 <= x < 1, 0 <= sr.randint(1, 6) - 1 < 6, len(sr.randbytes(16)), sr.getrandbits(0), sr.seed(3))
random.seed()
print(0 <= random.random() < 1, len({random.getrandbits(64) for _ in range(20)}))
