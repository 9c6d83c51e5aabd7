# A forked child's atexit registrations are its own: they run when the child ends, before its
# parent's wait returns, and never in the parent; what the parent registered before fork runs in
# both (issue 21).
import atexit
import os
import sys

parent = os.getpid()
atexit.register(lambda: print("inherited handler, in the parent:", os.getpid() == parent, flush=True))
child = os.fork()
if child == 0:
    atexit.register(lambda: print("child's own handler, in the parent:", os.getpid() == parent, flush=True))
    print("child: ending", flush=True)
    sys.exit(3)
pid, status = os.waitpid(child, 0)
print("child exited:", os.WEXITSTATUS(status), flush=True)
