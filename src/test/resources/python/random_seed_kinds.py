# Every kind of seed CPython takes, and that the same seed repeats the same sequence.
import random

for seed in [0, 1, -1, 12345, 2 ** 32, 2 ** 32 - 1, 2 ** 100 + 7, -(2 ** 64), 3.5, -0.25, 1e300,
             "hello", "", "ñandú", b"bytes", bytearray(b"ba"), True]:
    random.seed(seed)
    first = [random.random() for _ in range(3)]
    random.seed(seed)
    print(repr(seed), first, first == [random.random() for _ in range(3)])
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
for bad in [[1], (1, 2), {1: 2}, object]:
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)
