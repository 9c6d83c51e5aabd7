# process_time and thread_time count CPU, not waiting: a server asleep in accept() or a sleep uses
# none. get_clock_info says what each clock is.
import threading
import time

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    print(name, time.get_clock_info(name))
info = time.get_clock_info("monotonic")
print(type(info).__name__, info.implementation, info.monotonic, info.adjustable, info.resolution)
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__, type(time.thread_time()).__name__,
      type(time.thread_time_ns()).__name__)

cpu0, thread0, wall0 = time.process_time(), time.thread_time(), time.time()
time.sleep(0.5)
print("sleep used CPU:", time.process_time() - cpu0 > 0.25, time.thread_time() - thread0 > 0.25)
# Two epoch times a float apart by 0.5 s may differ by a hair less: the sleep moved time() by about it.
print("sleep moved time():", time.time() - wall0 >= 0.49)

cpu0, ns0 = time.process_time(), time.process_time_ns()
total = 0
for n in range(300_000):
    total += n * n
spent = time.process_time() - cpu0
print("loop used CPU:", spent > 0, time.process_time_ns() > ns0, total)
print("CPU clock consistent:", abs(time.clock_gettime(time.CLOCK_PROCESS_CPUTIME_ID) - time.process_time()) < 0.5)

results = {}


def spin():
    start = time.thread_time()
    x = 0
    for n in range(200_000):
        x += n
    results["spin"] = time.thread_time() - start > 0


def rest():
    start = time.thread_time()
    time.sleep(0.3)
    results["rest"] = time.thread_time() - start > 0.2


workers = [threading.Thread(target=spin), threading.Thread(target=rest)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("threads:", sorted(results.items()))


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("get_clock_info('clock')", lambda: time.get_clock_info("clock"))
attempt("get_clock_info(b'time')", lambda: time.get_clock_info(b"time"))
