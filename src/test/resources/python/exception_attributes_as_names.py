# What BaseException and OSError keep in their class dicts: the attributes a handler reads
# (args, __cause__, __context__, errno…) are names of the class, and __repr__/__setstate__ are methods.
import errno

print(BaseException.args, OSError.errno, OSError.strerror)
print([n for n in ("args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "__dict__",
                   "with_traceback", "__setstate__", "__repr__", "__str__", "__init__") if n in dir(BaseException)])
print([n for n in ("errno", "strerror", "filename", "filename2", "characters_written") if n in dir(OSError)])
e = ValueError("bad", 2)
print(e.__repr__(), BaseException.__repr__(e), e.__str__(), e.args, e.__traceback__, e.__cause__, e.__context__)
e.__setstate__({"note": "kept"})
print(e.note, e.__dict__)
e.__setstate__(None)
try:
    e.__setstate__(3)
except TypeError as err:
    print("TypeError:", err)

err = OSError(errno.ECONNREFUSED, "Connection refused")
print(type(err).__name__, err.errno, err.strerror, err.filename, err.filename2)
try:
    err.characters_written
except AttributeError:
    print("no characters_written")


class Failure(Exception):
    def __init__(self, code):
        super().__init__("failed", code)
        self.code = code

    def __repr__(self):
        return "Failure!" + super().__repr__()


f = Failure(7)
print(repr(f), f.args, f.__eq__(f), f.__ne__(Failure(7)), f.__hash__() == hash(f))
try:
    try:
        raise KeyError("k")
    except KeyError as inner:
        raise f from inner
except Failure as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
print(isinstance(BaseException.__dict__["args"], type(object.__dict__["__class__"])))
