# How long builtins' work takes next to one ordinary instruction, to set the rates in
# runtime/Cost.java (method: docs/performance.md, "Work charged by builtins"). Each figure is the
# fastest of 15 rounds, so the JIT has settled; run with `java -jar target/enchufe.jar run`.
import time


def fastest(fn, rounds=15):
    best = 1e9
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


N = 1_000_000


def loop():
    i = 0
    while i < N:
        i += 1


# `while i < N: i += 1` runs 4 instructions per iteration in the first tier's count.
instruction = fastest(loop) / (4 * N)
text = 'a' * 10_000_000
long_needle = 'a' * 40 + 'b'
list_of_ints = list(range(N))
list_copy = list(range(N))
shuffled = [(i * 7919) % N for i in range(N)]
figures = {
    'char (find of 1 char)': fastest(lambda: text.find('b')) / len(text),
    'char (two-way, needle 41)': fastest(lambda: text.find(long_needle)) / len(text),
    'char (find, needle 5)': fastest(lambda: text.find('aaaab')) / len(text),
    'char (str * n)': fastest(lambda: 'ab' * 5_000_000) / 10_000_000,
    'char (join)': fastest(lambda: ''.join(['abcdefghij'] * 1_000_000)) / 10_000_000,
    'item (sum of range)': fastest(lambda: sum(range(N))) / N,
    'item (max of list)': fastest(lambda: max(list_of_ints)) / N,
    'item (list == list)': fastest(lambda: list_of_ints == list_copy) / N,
    'item (sorted, per comparison)': fastest(lambda: sorted(shuffled), 5) / (N * 20),
    'item (repr of list)': fastest(lambda: repr(list_of_ints), 5) / N,
}
print(f'instruction: {instruction * 1e9:.2f} ns')
for name, seconds in figures.items():
    print(f'{name}: {seconds * 1e9:.3f} ns = {instruction / seconds:.1f} per instruction')
