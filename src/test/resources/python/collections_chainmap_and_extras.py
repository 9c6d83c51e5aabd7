# Settings layered with ChainMap; the in-place operators of Counter and deque.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque

defaults = {"host": "127.0.0.1", "port": 8080, "timeout": 5}
command_line = {"port": 9000}
settings = ChainMap(command_line, defaults)
print(settings["port"], settings["host"], settings.get("nope", "-"), len(settings), "timeout" in settings)
print(settings, list(settings), sorted(settings.items()))
child = settings.new_child({"timeout": 1})
print(child["timeout"], child.parents["timeout"], child.maps[0])
settings["debug"] = True
print(command_line, defaults)
del settings["debug"]
try:
    del settings["host"]
except KeyError as e:
    print("KeyError:", e)
try:
    settings["missing"]
except KeyError as e:
    print("KeyError:", e)
print(settings.pop("port"), settings, ChainMap())
print(ChainMap({"a": 1}) == {"a": 1}, dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))

c = Counter(a=3, b=1)
c += Counter(a=1, b=-5)
print(c)
c |= Counter(z=2)
print(c)
c &= Counter(a=2)
print(c)
c -= Counter(a=5)
print(c)
d = deque([1, 2])
d *= 2
print(d, 2 * d, d * 0, deque[int])
d += [9]
print(d, d + deque([0]))
try:
    d + [1]
except TypeError as e:
    print("TypeError:", e)
print(OrderedDict.fromkeys("ab"), defaultdict.fromkeys("ab", 0), {"x": 1} | OrderedDict(y=2))
print(OrderedDict(a=1) | {"b": 2}, defaultdict(int, a=1) | {"a": 5})
