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
# Issue 14, the rest of "Preemption": the kinds of work the other builtins charge.
equal_text = 'a' * 9_999_999 + 'b'
other_text = 'a' * 9_999_999 + 'c'
accented = 'é' * 1_000_000
zeros = bytes(1_000_000)
hex_text = zeros.hex()
set_of_ints = set(list_of_ints)
dict_of_ints = dict.fromkeys(list_of_ints)
huge = (1 << 8_000_000) - 1
figures.update({
    'char (str == str, same length)': fastest(lambda: text == equal_text) / len(text),
    'char (str < str, common prefix)': fastest(lambda: equal_text < other_text) / len(text),
    'char (hash of a fresh str)': fastest(lambda: hash(text[1:])) / len(text),
    'char (str.upper)': fastest(lambda: text.upper(), 5) / len(text),
    'char (str.split on whitespace)': fastest(lambda: ('a ' * 1_000_000).split(), 5) / 2_000_000,
    'char (encode utf-8)': fastest(lambda: accented.encode(), 5) / len(accented),
    'char (bytes.hex)': fastest(lambda: zeros.hex(), 5) / len(zeros),
    'char (bytes.fromhex)': fastest(lambda: bytes.fromhex(hex_text), 5) / len(hex_text),
    'char (hex of an int, per digit)': fastest(lambda: hex(huge), 5) / 2_000_000,
    'byte (int + int, per byte)': fastest(lambda: huge + huge) / 1_000_000,
    'reference (list slice)': fastest(lambda: list_of_ints[:]) / N,
    'reference (list.insert(0, x))': fastest(lambda: (list_of_ints.insert(0, 1), list_of_ints.pop(0))) / (2 * N),
    'item (x in list, not there)': fastest(lambda: -1 in list_of_ints) / N,
    'item (set(list))': fastest(lambda: set(list_of_ints), 5) / N,
    'item (set & set)': fastest(lambda: set_of_ints & set_of_ints, 5) / N,
    'item (dict.copy)': fastest(lambda: dict_of_ints.copy(), 5) / N,
})
print(f'instruction: {instruction * 1e9:.2f} ns')
for name, seconds in figures.items():
    print(f'{name}: {seconds * 1e9:.3f} ns = {instruction / seconds:.1f} per instruction')
