# Malformed messages: JSONDecodeError (a ValueError) with CPython's messages and positions.
import json

bad = ['', '   ', 'x', 'nul', '[1,', '[1 2]', '[1,]', '{"a" 1}', '{1: 2}', '{"a": 1,}', '{"a": 1',
       '"abc', '"a\tb"', '"\\x"', '"\\u12"', '"\\ud800\\u12"', '"\\', '1 2', '{} []', '-', '1.5e',
       '\ufeff[1]', '[1]\n\n  x', '{\n  "a": [1,\n    2 3]\n}', "{'a': 1}", '[01]', 'tru', '[-]']
for text in bad:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == text)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
try:
    json.loads(b"[1, 2")
except ValueError as e:
    print(type(e).__name__, e, repr(e.doc))
for wrong in (None, 12, [1]):
    try:
        json.loads(wrong)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.loads(b'"\xff"')
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
