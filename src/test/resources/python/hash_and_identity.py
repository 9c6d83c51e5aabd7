print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
d = {1: "int", 1.0: "float"}
print(d, len(d), {(1, 2): "t"}[(1, 2)])
class C:
    pass
a = C(); b = C()
print(a == a, a == b, len({a, b, a}))
