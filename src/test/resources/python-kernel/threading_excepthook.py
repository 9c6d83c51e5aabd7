# threading.excepthook: an exception that ends a thread goes to the hook as it is then; the default
# one prints "Exception in thread NAME:" and the traceback, and ignores SystemExit (issue 21).
import threading


def fails():
    raise ValueError("bad data")


def quits():
    raise SystemExit(3)


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name, len(args), args[1] is args.exc_value)


threading.excepthook = hook
t = threading.Thread(target=fails, name="worker")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
t = threading.Thread(target=quits)
t.start()
t.join()
try:
    int("x")
except ValueError as e:
    threading.excepthook(threading.ExceptHookArgs((type(e), e, e.__traceback__, threading.current_thread())))
print(list(threading.ExceptHookArgs([1, 2, 3, None])))
try:
    threading.ExceptHookArgs((1, 2))
except TypeError as e:
    print("TypeError:", e)
print("main ends")
