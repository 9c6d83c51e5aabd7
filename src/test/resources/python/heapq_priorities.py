# A timer wheel and priority work with heapq.
import heapq

timers = []
for when, name in [(5, "keepalive"), (1, "retransmit"), (3, "close"), (1, "ack")]:
    heapq.heappush(timers, (when, name))
print(timers[0])
while timers:
    print(heapq.heappop(timers))

data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 5), data)
print(heapq.heappushpop(data, 0), data)
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, [5, 1, 4, 2]))
print(heapq.nlargest(2, ["aa", "b", "cccc"], key=len), heapq.nsmallest(1, []))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])))
print(list(heapq.merge([7, 4], [5, 1], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError:", e)
