# A server decodes what arrived on the socket: values, whitespace, escapes, bytes in any UTF.
import json

data = b'{"op": "sum", "args": [1, 2, 3.5, -4e2, 1E+2], "ok": true, "err": null, "no": false}'
msg = json.loads(data.decode())
print(msg, sorted(msg))
print(sum(msg["args"]))
print(json.loads(data) == msg)
print(json.loads(' \n\t[ 1 ,2 , { "a" : [ ] , "b" : { } } ]\r\n '))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"'))
print(repr(json.loads('"\\ud800"')), repr(json.loads('"\\udc00\\ud800x"')))
print(json.loads("12345678901234567890"), json.loads("-0"), json.loads("-0.0"), json.loads("1.5e3"))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
for enc in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    print(enc, json.loads('{"ñ": ["€", 1]}'.encode(enc)))
print(json.loads(b'\xef\xbb\xbf' + '{"ñ": 1}'.encode()))
print(json.loads(bytearray(b'[1, "two"]')))
print(json.loads('{"a": 1, "a": 2}'))
