# What cannot be sent: bytes, sets, objects, bad keys, NaN without allow_nan, cycles.
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

for value in (b"raw", {1, 2}, Point(1, 2), {"k": b"v"}, [1, object()], range(3)):
    try:
        json.dumps(value)
    except TypeError as e:
        print("TypeError:", e)
for value in ({(1, 2): "tuple key"}, {b"k": 1}):
    try:
        json.dumps(value)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({(1, 2): "x", "y": 1, b"z": 2}, skipkeys=True))
for indent in (None, 2):
    for value in (float("nan"), [float("inf")], {"a": -float("inf")}):
        try:
            json.dumps(value, allow_nan=False, indent=indent)
        except ValueError as e:
            print("ValueError:", e)
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
cycle = [1, 2]
cycle.append(cycle)
table = {"self": None}
table["self"] = table
for value in (cycle, table, [table]):
    for indent in (None, 1):
        try:
            json.dumps(value, indent=indent)
        except ValueError as e:
            print("ValueError:", e)
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))
try:
    json.dumps(cycle, check_circular=False)
except RecursionError as e:
    print("RecursionError")
