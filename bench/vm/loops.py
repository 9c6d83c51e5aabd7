import time
def work():
    total = 0
    for i in range(1_000_000):
        if i % 3 == 0:
            total += i
        else:
            total -= 1
    return total
times = []
for _ in range(40):
    t0 = time.perf_counter()
    work()
    times.append(time.perf_counter() - t0)
print(f"{min(times):.4f}")
