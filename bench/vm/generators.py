import time
def numbers(n):
    for i in range(n):
        yield i
def work():
    total = 0
    for x in numbers(100_000):
        total += x
    return total + sum(x * x for x in numbers(50_000))
times = []
for _ in range(40):
    t0 = time.perf_counter()
    work()
    times.append(time.perf_counter() - t0)
print(f"{min(times):.4f}")
