# Grouping connections by client host with defaultdict.
from collections import defaultdict, OrderedDict

connections = [("10.0.0.1", 5000), ("10.0.0.2", 5001), ("10.0.0.1", 5002)]
by_host = defaultdict(list)
for host, port in connections:
    by_host[host].append(port)
print(by_host)
print(by_host["10.0.0.1"], len(by_host), "10.0.0.9" in by_host)
print(by_host["10.0.0.9"], len(by_host))

counts = defaultdict(int)
for host, _ in connections:
    counts[host] += 1
print(counts, dict(counts), sorted(counts.items()))
print(counts.get("nadie"), counts.default_factory, counts == {"10.0.0.1": 2, "10.0.0.2": 1})

plain = defaultdict()
try:
    plain["x"]
except KeyError as e:
    print("KeyError:", e)
print(plain)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(nested["a"]["b"], list(nested))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)

cache = OrderedDict()
for key in ["a", "b", "c"]:
    cache[key] = key.upper()
cache.move_to_end("a")
print(cache, list(cache))
cache.move_to_end("c", last=False)
print(cache)
print(cache.popitem(), cache.popitem(last=False), cache)
print(OrderedDict(), OrderedDict(x=1) == OrderedDict(x=1))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
