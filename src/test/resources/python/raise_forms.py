for f in [lambda: (_ for _ in ()).throw(ValueError) if False else None]:
    pass
def r1():
    raise ValueError
def r2():
    raise ValueError()
def r3():
    raise ValueError("con mensaje")
def r4():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("envuelto") from e
for f in (r1, r2, r3, r4):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e), repr(e.__cause__))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    try:
        1 / 0
    except int:
        pass
except TypeError as e:
    print(e)
