class Gestor:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return False
def f():
    with Gestor(1) as a, Gestor(2) as b:
        print("cuerpo", a, b)
        return a + b
print(f())
try:
    with Gestor(3):
        raise OSError(5, "Input/output error")
except OSError as e:
    print("fuera:", e)
for i in range(2):
    with Gestor(10 + i):
        if i == 0:
            continue
        print("iteración", i)
