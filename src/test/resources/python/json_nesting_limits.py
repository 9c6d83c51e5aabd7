# Hostile documents: very deep nesting ends in RecursionError as in CPython; a big one decodes.
import json

for text in ("[" * 100000, '{"a":' * 3000, '[{"a":' * 2000):
    try:
        json.loads(text)
    except RecursionError as e:
        print("RecursionError:", e)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    json.dumps(nested)
except RecursionError as e:
    print("RecursionError:", e)
try:
    json.dumps({"a": nested}, indent=None)
except RecursionError as e:
    print("RecursionError:", e)
deep = json.loads("[" * 50 + "]" * 50)
print(json.dumps(deep)[:10], len(json.dumps(deep)))
big = json.dumps({"k%d" % i: list(range(i % 7)) for i in range(300)})
print(len(big), len(json.loads(big)), json.loads(big)["k299"])
