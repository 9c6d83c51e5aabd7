# Containers nested far deeper than the recursion limit: repr, str, print, comparisons and
# formatting raise CPython's RecursionError (their own words), and the program goes on.
def nest(n, make):
    a = make(0)
    for _ in range(n):
        a = make(a)
    return a


a = nest(100000, lambda x: [x])
b = nest(100000, lambda x: [x])
cases = [("repr", lambda: repr(a)), ("str", lambda: str(a)), ("eq", lambda: a == b), ("lt", lambda: a < b),
         ("dict repr", lambda: repr(nest(100000, lambda x: {1: x}))), ("tuple repr", lambda: repr(nest(100000, lambda x: (x,)))),
         ("in", lambda: a in [b]), ("print", lambda: print(a)), ("percent", lambda: '%s' % (a,)), ("f-string", lambda: f'{a}'),
         ("sorted", lambda: sorted([a, b])), ("tuple eq", lambda: nest(100000, lambda x: (x,)) == nest(100000, lambda x: (x,))),
         ("dict eq", lambda: nest(100000, lambda x: {1: x}) == nest(100000, lambda x: {1: x})), ("ascii", lambda: ascii(a)),
         ("list copy", lambda: len(list(a)))]
for name, fn in cases:
    try:
        print(name, fn())
    except RecursionError as e:
        print(name, type(e).__name__, e)
print(repr(nest(50, lambda x: [x])))
print(nest(500, lambda x: [x]) == nest(500, lambda x: [x]))
