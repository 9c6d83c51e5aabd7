# Every kind of parameter together, in CPython's order of a code object's locals: positional-only,
# positional, keyword-only (after *args or a bare *), *args, **kwargs; bound by position, by
# keyword and by unpacking, with CPython's messages when a call does not fit.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 7, "z": 8}))


def g(a, *args, c):
    return (a, args, c)

print(g(1, c=3), g(1, 2, 3, c=4))


def h(p, /, q, *, r=0):
    return (p, q, r)

print(h(1, 2), h(1, q=2, r=3))


def closure(a, *args, c, **kw):
    def inner():
        return (a, args, c, kw)
    return inner

print(closure(1, 2, c=3, d=4)())


def only_star(*args, **kw):
    return (args, kw)

print(only_star(), only_star(1, x=2))

calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, c=1, a=2),
    lambda: g(1, 2),
    lambda: g(1, c=1, d=2),
    lambda: h(p=1, q=2),
    lambda: h(1, 2, 3),
    lambda: h(1),
    lambda: h(1, 2, r=3, s=4),
    lambda: closure(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
