# Exceptions: context, OSError subclasses, finally with return/continue, with-statements that swallow.
import errno, struct, sys, time
def a():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("second")
def b():
    try:
        a()
    finally:
        print("finally b")
try:
    b()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
class MyErr(OSError):
    def __init__(self, code):
        super().__init__(code, "custom")
try:
    raise MyErr(errno.EPIPE)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e, isinstance(e, BrokenPipeError))
e = OSError(errno.ECONNREFUSED, "Connection refused")
print(type(e).__name__, e, e.args, OSError(2, "x", "f.txt"), OSError("plain"), OSError())
print(errno.errorcode[111], errno.ETIMEDOUT, TimeoutError.__mro__[1].__name__ if hasattr(TimeoutError, "__mro__") else "")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen():
    print("v", v)
print("after")
try:
    raise KeyError("k")
except (TypeError, KeyError) as e:
    print("caught", e)
else:
    print("no")
def ret():
    try:
        return "try"
    finally:
        print("fin")
print(ret())
def ret2():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return i
        finally:
            print("f", i)
print(ret2())
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code)
class Ctx:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v); return True
with Ctx() as c1, Ctx() as c2:
    raise RuntimeError("swallowed")
print("continues")
print(isinstance(time.time(), float), time.monotonic() > 0, type(time.ctime()).__name__)
x = 5
def shadow():
    print(x)
    x = 3
try:
    shadow()
except UnboundLocalError as e:
    print(e)
