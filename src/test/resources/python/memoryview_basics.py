# memoryview over bytes and bytearray: length, indexing, slicing without copying, cast, tobytes, ==, release.
data = b"hola mundo"
m = memoryview(data)
print(len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape)
print(m[5:].tobytes(), bytes(m[:4]), m[2:4].tolist())
print(m == data, m[:4] == b"hola", m[:4] == memoryview(b"hola"), m == b"otra", m.obj is data)
print(m[::1].tobytes(), m[1:3].hex(), m[5:].hex(":"))
print(list(m[:3]), b"".join([m[:2], m[-2:]]))

buf = bytearray(b"abcdef")
w = memoryview(buf)
w[0] = 65
w[2:4] = b"XY"
print(buf, w.readonly, bytes(w[1:]), bytearray(w[:2]))
view = w[3:]
view[0] = ord("z")
print(buf, len(view), view.tobytes())
c = w.cast("c")
print(c[0], c.format, c.tolist()[:2])
s = memoryview(b"\xff\x01").cast("b")
print(s[0], s[1], s.tolist())
print(hash(memoryview(b"ab")) == hash(b"ab"))

def store(view, key, value):
    view[key] = value


for bad in [lambda: memoryview("texto"), lambda: store(m, 0, 1), lambda: store(w, 0, 256),
            lambda: store(w, slice(0, 2), b"x"), lambda: m[10], lambda: hash(w), lambda: w["a"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

with memoryview(b"xyz") as r:
    print(r[1], hasattr(r, "released"))
try:
    len(r)
except ValueError as e:
    print("ValueError:", e)
w.release()
try:
    w[0]
except ValueError as e:
    print("ValueError:", e)
print(repr(w).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
