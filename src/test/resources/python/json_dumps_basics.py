# A client builds a request as JSON: types, separators, indent, sort_keys, keys of every kind.
import json

request = {"op": "echo", "seq": 7, "payload": [1, 2.5, -3e-7, True, False, None], "tag": ("a", "b")}
print(json.dumps(request))
print(json.dumps(request, separators=(",", ":")))
print(json.dumps(request, indent=2, sort_keys=True))
print(json.dumps(request, indent="\t"))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=0))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e", -0.0: "f"}))
print(json.dumps([0.1, 1e16, 1e-5, 123456789.0, 1/3, 2**70, -17]))
print(json.dumps("plain"), json.dumps(None), json.dumps(3), json.dumps(1.0))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1, separators=(",", " = ")))
message = json.dumps({"user": "ana", "text": "hola"}).encode()
print(type(message).__name__, message, len(message))
