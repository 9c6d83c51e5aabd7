# The errors CPython's random gives, with their exact messages.
import random

cases = [
    lambda: random.randrange(5, 5),
    lambda: random.randrange(0),
    lambda: random.randrange(-3),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1, 2),
    lambda: random.randint(3, 1),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample([1, 2], 1, counts=[1]),
    lambda: random.sample([1, 2], 1, counts=[0, 0]),
    lambda: random.sample([1, 2], 1, counts=[1.0, 2.0]),
    lambda: random.choice([]),
    lambda: random.choice(""),
    lambda: random.choices("ab", [1]),
    lambda: random.choices("ab", [0, 0]),
    lambda: random.choices("ab", [1, float("inf")]),
    lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
    lambda: random.choices("ab", 2),
    lambda: random.choices([], k=1),
    lambda: random.getrandbits(-1),
    lambda: random.getrandbits(1.5),
    lambda: random.setstate((2, (1,) * 625, None)),
    lambda: random.setstate((7, (), None)),
    lambda: random.Random().setstate((3, (0,) * 624 + (625,), None)),
    lambda: random.SystemRandom().getstate(),
]
for case in cases:
    try:
        print(case())
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: random.random(1), lambda: random.getrandbits(), lambda: random.getrandbits(1, 2),
             lambda: random.getrandbits(k=3), lambda: random.random(x=1), lambda: random.randint(1), lambda: random.Random(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
