# Hot code, so that the VM's second tier compiles it (after 1000 calls or iterations) while the
# program runs: every result must be what the first tier (and CPython) gives.

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


class Named(Vector):
    def __init__(self, name, x, y):
        super().__init__(x, y)
        self.name = name


class Odd:
    def __init__(self, value):
        return value


def squares(n):
    for i in range(n):
        yield i * i


counter = 0


def bump(step=1, *, times=1):
    global counter
    counter += step * times
    return counter


def make_adder(k):
    def add(v):
        return v + k
    return add


def walk(n):
    if n == 0:
        raise ValueError("bottom")
    return walk(n - 1) + 1


def work(n):
    total = Vector(0, 0)
    seen = []
    add3 = make_adder(3)
    for i in range(n):
        total = total + Vector(i, -i)
        if i % 250 == 0:
            seen.append(Named(f"n{i}", i, i).name)
        if i % 7 == 0:
            continue
        if i > n - 3:
            break
        bump(times=2)
        bump(*[1], **{"times": 1})
        try:
            Odd(i)
        except TypeError as e:
            last_error = str(e)
        with open_block() as block:
            block.append(add3(i))
    evens = [x for x in squares(50) if x % 2 == 0]
    return total, seen, counter, last_error, sum(evens), len(block)


class open_block:
    items = []

    def __enter__(self):
        return self.items

    def __exit__(self, *exc):
        return False


print(work(3000))


def countdown(n):
    while n > 0:
        got = yield n
        if got:
            n -= got
        n -= 1
    return "done"


def drain():
    total = 0
    for _ in range(300):
        for v in countdown(10):
            total += v
            if v == 2:
                break
    g = countdown(5)
    seen = [next(g), g.send(2), next(g)]
    try:
        while True:
            next(g)
    except StopIteration as stop:
        seen.append(stop.value)
    return total, seen, sum(x * 2 for x in countdown(2000))


print(drain())
for depth in (10, 2000):
    try:
        walk(depth)
    except ValueError as e:
        print("ValueError", e)
    except RecursionError as e:
        print("RecursionError", e)
for i in range(1500):
    result = walk(5) if i < 0 else i
print(result)
walk(30)
