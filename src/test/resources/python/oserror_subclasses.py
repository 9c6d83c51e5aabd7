# OSError and classes derived from it: errno, strerror and filename come from the arguments that
# reach OSError's __init__ — the class's own, or those its __init__ passes to super().__init__.
import errno


class WithInit(OSError):
    def __init__(self, code):
        super().__init__(code, "custom")


class MessageOnly(OSError):
    def __init__(self, a, b):
        super().__init__("just a message")


class NoInit(OSError):
    pass


class Silent(OSError):
    def __init__(self, *args):
        pass


for make in (lambda: WithInit(errno.EPIPE), lambda: MessageOnly(1, "x"), lambda: NoInit(errno.ENOENT, "gone", "f.txt"),
             lambda: NoInit("plain"), lambda: Silent(5, "ignored"), lambda: OSError(errno.ECONNREFUSED, "refused"),
             lambda: ConnectionResetError(errno.ECONNRESET, "reset"), lambda: OSError(2, "x", "f.txt", None, "g.txt")):
    e = make()
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, "|", e)
try:
    raise WithInit(errno.EPIPE)
except BrokenPipeError:
    print("not this one")
except OSError as e:
    print("caught", type(e).__name__, e)
raise WithInit(errno.ECONNABORTED)
