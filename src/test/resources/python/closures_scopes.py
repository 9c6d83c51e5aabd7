def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner
print(outer()())
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda: i for i in range(3)]
print([f() for f in fs2])
def make():
    items = []
    def add(v):
        items.append(v)
        return items
    return add
a = make(); a(1); print(a(2))
x = 10
def shadow():
    x = 20
    def inner():
        return x
    return inner()
print(shadow(), x)
class K:
    y = 5
    z = [y * 2 for _ in range(2)] if False else 3
print(K.y, K.z)
