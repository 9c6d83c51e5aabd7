# atexit: handlers run last registered first when the program ends, also by sys.exit; one that
# raises is reported and the rest still run; the exit code stays the program's (issue 21).
import atexit
import sys


class Callback:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "<Callback %d>" % self.n

    def __call__(self, *args, **kwargs):
        print("callback", self.n, args, kwargs)
        if self.n == 2:
            raise ValueError("boom")
        if self.n == 3:
            sys.exit(5)


for n in range(5):
    atexit.register(Callback(n), n, key=n)


def twice():
    print("never")


atexit.register(twice)
atexit.register(twice)
atexit.unregister(twice)
print(atexit.register(print, "registered last, run first") is print)
for bad in ((), (1,)):
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)
print("main ends")
sys.exit(3)
