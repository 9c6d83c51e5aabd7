import time
def work():
    parts = []
    for i in range(100_000):
        parts.append(f"line {i}: {i * 2:>8}|")
    text = "\n".join(parts)
    words = text.split()
    return len(text) + len(words) + text.count("9")
times = []
for _ in range(40):
    t0 = time.perf_counter()
    work()
    times.append(time.perf_counter() - t0)
print(f"{min(times):.4f}")
