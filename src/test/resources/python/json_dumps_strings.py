# Text with accents, emoji and control characters: ensure_ascii escapes, surrogate pairs.
import json

texts = ["canción ñandú", "emoji 😀 🎉", "tab\there\nnew \"quoted\" back\\slash", "\x00\x01\x1f\x7f", "/slash", "\u2028\ud800"]
for t in texts:
    print(json.dumps(t))
    print(repr(json.dumps(t, ensure_ascii=False)))
print(json.dumps({"clé": "valør"}, ensure_ascii=False).encode("utf-8"))
print(json.dumps({"clé": "valør"}))
for t in texts:
    assert json.loads(json.dumps(t)) == t
    assert json.loads(json.dumps(t, ensure_ascii=False)) == t
print("round trips ok")
