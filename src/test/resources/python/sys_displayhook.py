# sys.displayhook shows a value as the interactive prompt does and keeps it in builtins._; a
# program may put its own in place, and sys.__displayhook__ stays the original.
import builtins
import sys

sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text\n")
sys.displayhook([1, (2, "three")])
print(sys.displayhook is sys.__displayhook__, sys.displayhook)
shown = []
sys.displayhook = shown.append
sys.displayhook(7)
print(shown, sys.displayhook is sys.__displayhook__)
sys.__displayhook__(b"bytes")
print(builtins._)
try:
    sys.__displayhook__()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.__displayhook__(1, 2)
except TypeError as e:
    print("TypeError:", e)
