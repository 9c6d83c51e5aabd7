def f(a, b):
    return a + b
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2), lambda: len(), lambda: len(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
class A:
    def m(self, x):
        pass
try:
    A().m()
except TypeError as e:
    print(e)
f()
