# dir() of the builtin types lists their special methods.
for t in (int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset):
    own = [n for n in dir(t) if n.startswith("__") and n.endswith("__") and n in vars(t)]
    print(t.__name__, len(own) > 10, "__len__" in dir(t), "__add__" in dir(t), "__hash__" in dir(t))
print([n for n in dir(list) if not n.startswith("_")])
print([n for n in dir(bytes) if not n.startswith("_")])
print([n for n in dir(str) if not n.startswith("_")])
print([n for n in dir(int) if not n.startswith("_")])
print(callable(list.__len__), list.__len__([1, 2]), str.upper.__name__ if hasattr(str.upper, "__name__") else "")
