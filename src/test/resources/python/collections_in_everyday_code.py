# What programs do with these containers beside their methods: print, unpack, ** them, compare with tuples.
from collections import namedtuple, defaultdict, Counter, deque, OrderedDict
P = namedtuple("P", "x y")
p = P(1, 2)
print(f"{p} {p!r} {str(p)}", P, type(p).__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
dd = defaultdict(list, a=[1])
print({**dd}, dict(dd), sorted(dd), max(Counter("aab"), key=Counter("aab").get))
print(deque([1]) == [1], list(deque("abc")), deque("abc"), str(deque([1])))
x, *rest = P(1, 2)
print(x, rest, p[::-1], p * 2, (0,) + p)
print(repr(Counter()), repr(defaultdict(int)), repr(OrderedDict()))
c = Counter(a=1)
c["b"] += 2
print(c, list(c.keys()), sum(c.values()))
for i, item in enumerate(deque([4, 5])):
    print(i, item)
print(P(*[3, 4]), P(**{"x": 5, "y": 6}))
print(hash(P(1, 2)) == hash((1, 2)), (1, 2) == P(1, 2), (1, 2) < P(2, 0))


def connect(host, port):
    return f"{host}:{port}"


print(connect(**defaultdict(int, host="localhost", port=80)), connect(*P("h", 1)))
