# default= and a JSONEncoder subclass turn course objects (dates, sets, addresses) into JSON.
import json

class Address:
    def __init__(self, host, port):
        self.host, self.port = host, port

def to_json(obj):
    if isinstance(obj, Address):
        return {"host": obj.host, "port": obj.port}
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")

print(json.dumps({"peer": Address("127.0.0.1", 5000), "ports": {80, 22, 443}}, default=to_json))
try:
    json.dumps(range(2), default=to_json)
except TypeError as e:
    print("TypeError:", e)

class MessageEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, bytes):
            return o.hex()
        if isinstance(o, Address):
            return f"{o.host}:{o.port}"
        return super().default(o)

print(json.dumps({"data": b"\x00\xff", "to": Address("::1", 9)}, cls=MessageEncoder, indent=2))
print(MessageEncoder(sort_keys=True).encode({"z": b"a", "a": [Address("h", 1)]}))
print(list(json.JSONEncoder(indent=1).iterencode({"a": [1, 2]})))
try:
    json.dumps(object(), cls=MessageEncoder)
except TypeError as e:
    print("TypeError:", e)
e = json.JSONEncoder()
print(e.item_separator, e.key_separator, json.JSONEncoder(indent=2).item_separator)
print(json.dumps(True, cls=MessageEncoder), json.dumps("é", cls=MessageEncoder, ensure_ascii=False))

class Weird:
    pass

def self_loop(o):
    return o
try:
    json.dumps(Weird(), default=self_loop)
except ValueError as e:
    print("ValueError:", e)
