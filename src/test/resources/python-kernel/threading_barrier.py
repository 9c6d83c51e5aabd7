# threading.Barrier: every party waits for the last; each gets a different index; abort breaks it.
import threading

log = []
barrier = threading.Barrier(3, action=lambda: log.append("all arrived"))
indexes = []


def worker(n):
    log.append("worker %d waits" % n)
    indexes.append(barrier.wait())


threads = [threading.Thread(target=worker, args=(n,)) for n in range(2)]
for t in threads:
    t.start()
indexes.append(barrier.wait())
for t in threads:
    t.join()
print(sorted(indexes), log.count("all arrived"), barrier.parties, barrier.n_waiting, barrier.broken)

broken = threading.Barrier(2)


def victim():
    try:
        broken.wait()
    except threading.BrokenBarrierError:
        print("victim: broken")


t = threading.Thread(target=victim)
t.start()
while broken.n_waiting == 0:
    pass
broken.abort()
t.join()
print(broken.broken, issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    broken.wait()
except threading.BrokenBarrierError:
    print("main: broken")
broken.reset()
print(broken.broken)
