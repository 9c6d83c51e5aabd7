d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
for k, v in d.items():
    print(k, v)
d.update({"d": 4}, e=5); print(d)
print(d.pop("a"), d.pop("zz", None), d.setdefault("f", 6), d.setdefault("b", 99), d)
del d["b"]; print(d, d.popitem(), d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict.fromkeys("ab", 0), {1: "a", True: "b", 1.0: "c"})
counts = {}
for w in "la casa la cosa la".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
print({**{"a": 1}, "b": 2, **{"a": 3}}, {k: k * 2 for k in range(3)})
