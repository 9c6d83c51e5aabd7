# The dunders of the modules CPython writes in Python: __all__ (what import * takes), __file__,
# __builtins__.
import re
import struct

print(struct.__all__)
print(sorted(re.__all__) == sorted(n for n in re.__all__ if hasattr(re, n)), "compile" in re.__all__, "error" in re.__all__)
print(struct.__file__.rsplit("/", 1)[-1], struct.__file__.endswith("/python3.11/struct.py"))
print(re.__file__.endswith("/python3.11/re/__init__.py"))
print(type(struct.__builtins__).__name__, struct.__builtins__["len"] is len, re.__builtins__ is struct.__builtins__)
print(repr(struct).startswith("<module 'struct' from '"), repr(struct).endswith("/struct.py'>"))
print(struct.__name__, struct.__package__, re.__name__, re.__package__)
before = set(globals())
from struct import *
print(sorted(set(globals()) - before - {"before"}))
