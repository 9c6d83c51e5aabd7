# An uncaught exception goes to sys.excepthook, which a program may replace: a server logs the
# failure its own way; the original stays as sys.__excepthook__.
import sys


def log_failure(kind, value, tb):
    print("server failed:", kind.__name__, value, tb is value.__traceback__)
    sys.__excepthook__(kind, value, tb)


print(sys.excepthook is sys.__excepthook__, sys.excepthook)
sys.__excepthook__(ValueError, ValueError("shown, not raised"), None)
sys.__excepthook__(int, 5, None)
try:
    sys.excepthook()
except TypeError as e:
    print("TypeError:", e)
sys.excepthook = log_failure


def handle(request):
    return {"GET": 200}[request]


handle("POST")
