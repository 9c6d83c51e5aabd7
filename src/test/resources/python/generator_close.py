# generator.close(): GeneratorExit raised where the generator is paused
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print("closed", list(g))
g.close()
unstarted = gen()
unstarted.close()
print("unstarted", list(unstarted))
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
c = catches(); next(c); c.close()
def stubborn():
    for _ in range(2):
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("rest", list(s))
def returns():
    try:
        yield 1
    except GeneratorExit:
        return "done"
r = returns(); next(r); print(r.close())
def fails():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
f = fails(); next(f)
try:
    f.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)
class Res:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("released", exc[0].__name__)
def with_gen():
    with Res():
        yield "a"
        yield "b"
w = with_gen(); print(next(w)); w.close()
print("end")
