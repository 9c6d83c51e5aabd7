# Producer and consumer threads joined by a queue; the consumer gives up on Empty.
import queue
import threading

q = queue.Queue(maxsize=2)
results = []


def producer():
    for n in range(5):
        q.put(n)
    q.put(None)


def consumer():
    while True:
        item = q.get(timeout=1.0)
        q.task_done()
        if item is None:
            break
        results.append(item * 10)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
q.join()
print(results, q.qsize(), q.empty(), q.full())

try:
    q.get(timeout=0.2)
except queue.Empty:
    print("Empty after timeout", repr(queue.Empty()))
try:
    q.get_nowait()
except queue.Empty:
    print("Empty without waiting")
q.put_nowait("a")
q.put("b", block=False)
print(q.full(), q.qsize())
try:
    q.put("c", timeout=0.1)
except queue.Full:
    print("Full after timeout")
try:
    q.put_nowait("c")
except queue.Full:
    print("Full without waiting")
print(q.get(), q.get(block=False))
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lifo = queue.LifoQueue()
for n in (1, 2, 3):
    lifo.put(n)
print([lifo.get() for _ in range(3)])
prio = queue.PriorityQueue()
for job in [(3, "bajo"), (1, "urgente"), (2, "normal")]:
    prio.put(job)
print([prio.get() for _ in range(3)])
simple = queue.SimpleQueue()
simple.put("x")
print(simple.qsize(), simple.get(), simple.empty())
try:
    simple.get(timeout=0.05)
except queue.Empty:
    print("SimpleQueue empty")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
