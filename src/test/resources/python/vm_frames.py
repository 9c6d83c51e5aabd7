# A call's locals start where its caller pushed the arguments, in an array frames share: a
# local never sees a value left there by an earlier call, and nothing leaks between frames.
def leaves_garbage(a):
    b = "left behind"
    c = [a, b]
    return a

def reads_before_assigning(a):
    if a:
        try:
            print(b)
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
    b = 1
    return b

leaves_garbage(1)
print(reads_before_assigning(1))


class Counter:
    def __init__(self, start):
        self.n = start

    def step(self, by):
        self.n += by
        return self.n


c = Counter(10)
bound = c.step
print(bound(1), c.step(2), Counter.step(c, 3))
print([bound(i) for i in range(3)])


def outer(x):
    def inner(y):
        return x + y
    return inner(x * 2) + inner(1)

print(outer(5))


def chain(n):
    if n == 0:
        return []
    rest = chain(n - 1)
    rest.append(n)
    return rest

print(sum(chain(700)), len(chain(700)))


def many_locals(a, b):
    c = a + b; d = c * 2; e = d - a; f = e // 2; g = [a, b, c, d, e, f]
    return g

def uses_many(n):
    total = 0
    for i in range(n):
        total += sum(many_locals(i, n))
    return total

print(uses_many(50))


def gen(n):
    for i in range(n):
        yield many_locals(i, i)[2]

print(list(gen(5)), [leaves_garbage(v) for v in gen(3)])


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(900))


def fails(a):
    x = a * 2
    raise ValueError(x)

def catches(a):
    try:
        fails(a)
    except ValueError as e:
        return ("caught", e.args, a)

print(catches(21), catches("ab"))
