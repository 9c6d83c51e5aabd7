# Waiting on a queue follows the clock: a get with a timeout wakes when a timer thread puts.
import queue
import threading
import time

q = queue.Queue()
timer = threading.Timer(0.5, q.put, args=("tarde",))
start = time.monotonic()
timer.start()
print(q.get(timeout=5))
print(round(time.monotonic() - start, 1))
timer.join()

start = time.monotonic()
try:
    q.get(True, 0.3)
except queue.Empty:
    print("Empty", round(time.monotonic() - start, 1))

bounded = queue.Queue(1)
bounded.put("uno")
threading.Timer(0.2, bounded.get).start()
start = time.monotonic()
bounded.put("dos", timeout=2)
print("put after", round(time.monotonic() - start, 1), bounded.qsize())
print(bounded.get_nowait(), bounded.empty())
print(queue.Queue().maxsize, queue.Queue(-1).full(), queue.Queue[int])
