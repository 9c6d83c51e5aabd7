# Decoding into course types: object_hook, object_pairs_hook, parse_float/int/constant, strict.
import json

class Message:
    def __init__(self, d):
        self.kind, self.body = d.get("kind"), d.get("body")
    def __repr__(self):
        return f"Message({self.kind!r}, {self.body!r})"

def as_message(d):
    return Message(d) if "kind" in d else d

text = '[{"kind": "chat", "body": {"to": "ana", "n": 1.50}}, {"kind": "ping", "body": null}]'
print(json.loads(text, object_hook=as_message))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"x": {}, "y": {"z": 1}}', object_pairs_hook=lambda pairs: ("pairs", pairs), object_hook=dict))
print(json.loads("[1.10, 2, 3e2]", parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda name: "const:" + name))
print(json.loads('"line\nbreak\ttab"', strict=False))
try:
    json.loads('"line\nbreak"')
except json.JSONDecodeError as e:
    print(e)
decoder = json.JSONDecoder(object_hook=as_message)
print(decoder.decode('{"kind": "x"}'))
print(decoder.raw_decode('{"kind": "y"} trailing bytes'))
print(json.JSONDecoder().raw_decode('[1, 2]  [3]', 8))
try:
    decoder.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print(e)

class StrictDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=self.no_duplicates, **kw)
    def no_duplicates(self, pairs):
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key")
        return dict(pairs)

print(json.loads('{"a": 1}', cls=StrictDecoder))
try:
    json.loads('{"a": 1, "a": 2}', cls=StrictDecoder)
except ValueError as e:
    print("ValueError:", e)
try:
    json.loads("[1.5]", parse_float=float, bogus=1)
except TypeError as e:
    print("TypeError:", e)
