# What the run loop caches must never be stale: global names (LOAD_GLOBAL), builtin methods
# (LOAD_METHOD), and what superinstructions fuse.
def read_x():
    return x

x = 1
print(read_x())
x = 2
print(read_x())
def set_x(value):
    global x
    x = value

set_x(3)
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
x = 4
print(read_x())


def length(s):
    return len(s)

print(length("abc"))
len = lambda s: "shadowed"
print(length("abc"))
del len
print(length("abcd"))


def call_many():
    total = 0
    for item in ["a", "bb", "ccc"]:
        total += item.count("b") + len(item.upper())
    return total

print(call_many())


class Tricky:
    def get(self, key, default=None):
        return "mine"

for d in [{1: "a"}, Tricky(), {1: "c"}, "not a dict"]:
    try:
        print(d.get(1, None))
    except AttributeError as e:
        print("AttributeError:", e)


def shadow_method():
    values = [[1, 2], (1, 2), "12", b"12", {1: 2}]
    return [v.index(1) if not isinstance(v, (str, bytes, dict)) else v.count("1") if isinstance(v, str) else len(v)
            for v in values]

print(shadow_method())


def mixed_numbers(a, b):
    return a + b, a - b, a * b, a % b, a // b, a < b, a == b

print(mixed_numbers(7, 2))
print(mixed_numbers(7, -2))
print(mixed_numbers(2 ** 62, 2 ** 62))
print(mixed_numbers(True, True))
print(mixed_numbers(7.5, 2))
print(mixed_numbers(-(2 ** 63), 3))


# Errors inside fused instructions point where CPython points.
def compare_with_text(n):
    if n < "a":
        pass


def read_before_assignment():
    while q > 0:
        pass
    q = 1


try:
    read_before_assignment()
except UnboundLocalError as e:
    print(e)
compare_with_text(2)
