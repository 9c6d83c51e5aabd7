# Counting the words clients sent.
from collections import Counter

lines = ["hola mundo", "hola servidor", "adios mundo cruel", "hola"]
words = Counter()
for line in lines:
    words.update(line.split())
print(words)
print(words.most_common(2), words["hola"], words["nunca"], len(words))
print(words.total(), sorted(words.elements())[:4])
words.subtract(["hola", "hola"])
print(words)
letters = Counter("abracadabra")
print(letters, letters.most_common(3))
a = Counter(a=3, b=1)
b = Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b, -b, +Counter(a=1, b=-2))
print(Counter({"x": 2}) == Counter(x=2), Counter() == Counter(), Counter(x=1) != Counter(x=2))
del a["zzz"]
del a["a"]
print(a, Counter())
print(dict(Counter("aab")), list(Counter("aab").items()))
for word, n in Counter("uno dos uno tres uno dos".split()).most_common():
    print(f"{word:>5}: {n}")
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
