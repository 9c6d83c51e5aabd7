# A server's recent-events log: a bounded deque keeps the last N lines.
from collections import deque

log = deque(maxlen=3)
for event in ["connect 1", "recv 12 bytes", "send 12 bytes", "close 1", "connect 2"]:
    log.append(event)
    print(len(log), log)

print(log.maxlen, log[0], log[-1], "close 1" in log, "connect 1" in log)
log.appendleft("first")
print(log)
log.extend(["a", "b"])
print(log)
log.extendleft(["x", "y"])
print(log)

work = deque([1, 2, 3, 4, 5])
work.rotate(2)
print(work)
work.rotate(-3)
print(work)
print(work.popleft(), work.pop(), work)
work.insert(1, 99)
work.remove(3)
print(work, work.index(99), work.count(2))
work.reverse()
print(work, list(reversed(work)))
copy = work.copy()
copy.append(7)
print(work, copy, work == copy, work < copy, deque() == deque([]))
work[0] = "cero"
del work[1]
print(work, bool(work), bool(deque()))
work.clear()
print(work, len(work))

try:
    work.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    work.popleft()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1, 2]).remove(9)
except ValueError as e:
    print("ValueError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    full = deque([1, 2], maxlen=2)
    full.insert(0, 0)
except IndexError as e:
    print("IndexError:", e)

d = deque([1, 2, 3])
try:
    for item in d:
        d.append(item)
except RuntimeError as e:
    print("RuntimeError:", e)
