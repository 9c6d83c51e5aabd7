# No sys.excepthook at all: CPython says so, then prints the traceback itself.
import sys

del sys.excepthook
print("deleted", hasattr(sys, "excepthook"), hasattr(sys, "__excepthook__"))
raise KeyError("port")
