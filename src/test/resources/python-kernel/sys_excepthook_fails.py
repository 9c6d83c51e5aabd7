# A sys.excepthook that fails itself: CPython reports both, the hook's error first.
import sys


def hook(kind, value, tb):
    print("hook saw", kind.__name__, value)
    raise RuntimeError("the hook broke")


sys.excepthook = hook
raise ConnectionResetError(104, "Connection reset by peer")
