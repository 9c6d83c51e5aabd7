# struct.pack at every integer code's range edges, in every byte order: the error CPython 3.11
# raises depends on which C packer the order uses (native, native swapped into '<' and '=', standard).
import struct
for order in "@=<>!":
    for code in "bBhHiIlLqQnN":
        if code in "nN" and order != "@":
            continue
        size = struct.calcsize(order + code)
        signed = code.islower()
        lo = -(1 << (8 * size - 1)) if signed else 0
        hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
        for v in (lo - 1, lo, hi, hi + 1, -1, 1 << 70, -(1 << 70), 2.5, "x", None, True):
            try:
                r = struct.pack(order + code, v)
                print(order + code, repr(v)[:20], "ok", len(r))
            except Exception as e:
                print(order + code, repr(v)[:20], type(e).__name__, e)
for fmt, args in [("c", (b"ab",)), ("c", ("a",)), ("c", (1,)), ("?", (None,)), ("s", ("x",)), ("p", (1,)), ("e", (1.0,)), ("f", (1e39,)), ("f", ("x",)), ("d", ("x",)), ("x", (1,)), ("2h", (1,)), ("h", (1, 2)), ("z", (1,)), ("3", ()), ("<", ()), ("i", ())]:
    try:
        print(fmt, struct.pack(fmt, *args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
