# Built-in modules are top-level: their package is ''; `import builtins` reaches the builtins.
import builtins
import errno
import struct
import sys
import time

for module in (sys, time, struct, errno):
    print(module.__name__, repr(module.__package__))
print(builtins.len("abc"), builtins.ValueError is ValueError, builtins.print is print)
print(sorted(n for n in dir(builtins) if n.endswith("Warning"))[:4])
