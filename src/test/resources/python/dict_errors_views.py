d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    for k in d:
        d["nuevo"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
ks = d.keys()
d["c"] = 3
print(ks, len(ks), "c" in ks, list(d.values()), ("a", 1) in d.items())
print(dict(zip("xyz", range(3))), sorted({"b": 1, "a": 2}.items()), {1: 2} == {1: 2}, {1: 2} == {1: 3})
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
print(list(reversed({"p": 1, "q": 2})))
