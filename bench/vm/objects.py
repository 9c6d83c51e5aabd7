import time
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
def work():
    total = 0
    for i in range(50_000):
        p = Point(i, i + 1)
        total += p.norm2()
    return total
times = []
for _ in range(40):
    t0 = time.perf_counter()
    work()
    times.append(time.perf_counter() - t0)
print(f"{min(times):.4f}")
