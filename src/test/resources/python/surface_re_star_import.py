# from re import * takes re.__all__: the functions, the flags and their classes, not sre's internals.
from re import *
import re

print(sorted(n for n in dir() if not n.startswith("_") and n != "re"))
print(re.__all__ == sorted(re.__all__), len(re.__all__), "template" in re.__all__, "T" in re.__all__, "DEBUG" in re.__all__)
print(compile(r"\d+", I | M), findall(r"\w+", "uno dos"), IGNORECASE, RegexFlag)
print(type(re.__builtins__).__name__, re.__builtins__["len"]("abc"))
try:
    TEMPLATE
except NameError as e:
    print("NameError:", e)
