# The warning categories and UnicodeTranslateError are builtins.
for cls in (SyntaxWarning, FutureWarning, PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning,
            ResourceWarning, EncodingWarning, DeprecationWarning, RuntimeWarning, UserWarning):
    print(cls.__name__, cls.__mro__[1].__name__, issubclass(cls, Exception))
print(issubclass(UnicodeTranslateError, UnicodeError), issubclass(UnicodeTranslateError, ValueError))
try:
    raise FutureWarning("later")
except Warning as w:
    print(type(w).__name__, w, w.args)
class Mine(ResourceWarning):
    pass
try:
    raise Mine("socket left open")
except ResourceWarning as w:
    print(repr(w))
