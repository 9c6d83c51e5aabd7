# An uncaught KeyboardInterrupt: the traceback is printed, the non-daemon threads are waited for,
# the atexit handlers run (one that raises is reported), and the process dies of SIGINT (130), as
# CPython's does (issue 21).
import atexit
import os
import sys
import threading

child = os.fork()
if child == 0:
    atexit.register(print, "child: atexit ran", flush=True)
    raise KeyboardInterrupt
pid, status = os.waitpid(child, 0)
print("child signalled:", os.WIFSIGNALED(status), os.WTERMSIG(status), flush=True)

go = threading.Event()


def worker():
    go.wait()
    print("worker: done", flush=True)


def first():
    print("handler: first registered, run last", flush=True)


class Broken:
    def __repr__(self):
        return "<Broken>"

    def __call__(self):
        print("handler: raises", flush=True)
        raise ValueError("in handler")


atexit.register(first)
atexit.register(Broken())
atexit.register(print, "handler: last registered", sep=" | ")
threading.Thread(target=worker).start()
go.set()
sys.stdout.flush()
raise KeyboardInterrupt("stop")
