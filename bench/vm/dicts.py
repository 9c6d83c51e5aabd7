import time
def work():
    d = {}
    for i in range(200_000):
        k = i % 5000
        d[k] = d.get(k, 0) + i
    s = 0
    for k, v in d.items():
        s += v
    return s
times = []
for _ in range(40):
    t0 = time.perf_counter()
    work()
    times.append(time.perf_counter() - t0)
print(f"{min(times):.4f}")
