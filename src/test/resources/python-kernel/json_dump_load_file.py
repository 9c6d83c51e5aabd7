# dump/load over a socket's makefile(): one document per line, a pretty one, and errors.
import json, socket

a, b = socket.socketpair()
wa = a.makefile("w", encoding="utf-8")
rb = b.makefile("r", encoding="utf-8")
records = [{"id": i, "name": f"host{i}", "up": i % 2 == 0, "rtt": i / 8} for i in range(4)]
for r in records:
    json.dump(r, wa)
    wa.write("\n")
wa.flush()
back = [json.loads(rb.readline()) for _ in records]
print(back == records, back[3])

json.dump({"servidor": "añil", "puertos": [80, 443]}, wa, indent=4, ensure_ascii=False, sort_keys=True)
wa.write("\n")
wa.flush()
lines = [rb.readline() for _ in range(7)]
print("".join(lines), end="")
print(json.loads("".join(lines)))

try:
    json.dump([1, float("inf")], wa, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
wa.write("\n")
json.dump([float("nan")], wa)
wa.close()
a.close()
print(repr(rb.readline()))
print(json.load(rb, parse_constant=repr))
rb.close()
b.close()

a, b = socket.socketpair()
a.sendall('{"text": "ñ"}'.encode("utf-16"))
a.close()
binary = b.makefile("rb")
print(json.load(binary))
binary.close()
b.close()
