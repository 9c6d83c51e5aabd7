# The int <-> str digit limit belongs to the process: a child inherits the parent's at fork, and
# what either sets after is its own.
import os
import sys

sys.set_int_max_str_digits(1000)
pid = os.fork()
if pid == 0:
    print("child inherits", sys.get_int_max_str_digits())
    sys.set_int_max_str_digits(0)
    print("child lifts it", sys.get_int_max_str_digits(), len(str(10 ** 5000)))
    os._exit(0)
os.waitpid(pid, 0)
print("parent keeps", sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
