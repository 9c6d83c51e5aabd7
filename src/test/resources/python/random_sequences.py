# choice, choices (weights, cum_weights, k), shuffle and sample (both algorithms, counts).
import random

r = random.Random(7)
print(r.choice("abcdef"), r.choice([10, 20, 30]), r.choice(range(100, 200)), r.choice((1,)))
xs = list(range(20))
r.shuffle(xs)
print(xs)
print(r.sample(range(100), 10))
print(r.sample(range(10 ** 9), 5))
print(r.sample(["a", "b", "c", "d"], 4), r.sample("xyz", 0))
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.sample(list(range(30)), 25))
print(r.choices("abc", k=5))
print(r.choices("abc", [1, 2, 3], k=6))
print(r.choices("abc", cum_weights=[1, 5, 6], k=4))
print(r.choices(range(5)), r.choices([0.5, 1.5], weights=[0, 1], k=3))
