try:
    raise ValueError("a", "b")
except ValueError as e:
    err = e
print(err.args, str(err), repr(err))
try:
    raise KeyError("clave")
except KeyError as e:
    print(str(e), e.args[0])
e = Exception()
print(repr(e), str(e), repr(Exception("x",)), BaseException.__name__, Exception.__mro__)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("otro") from z
except ValueError as v:
    print(type(v.__cause__).__name__, v.__suppress_context__, type(v.__context__).__name__)
