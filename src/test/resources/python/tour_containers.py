# Lists, dicts, slices and strings, and the errors their misuse raises.
l = [5, 3, 8, 1]
l.sort(reverse=True); print(l); l.insert(1, 9); print(l, l.pop(), l.pop(0), l.index(3), l.count(3))
try: l.remove(42)
except ValueError as e: print(e)
try: l.index(42)
except ValueError as e: print(e)
try: [].pop()
except IndexError as e: print(e)
print(l[::-1], l[1:], l[-1], l[10:], "abcdef"[1:5:2], "abc"[-5:], (1, 2, 3)[::2])
l2 = list(range(10)); l2[2:5] = ["x"]; print(l2); del l2[::3]; print(l2)
d = {"a": 1}
print(d.setdefault("b", 2), d.pop("a"), d.pop("zz", None), d, dict.fromkeys("ab", 0), d.get("q"))
d.update({"c": 3}, e=5); print(d, d.popitem(), list(d.keys()), list(d.values()))
try: d.pop("nope")
except KeyError as e: print("KeyError", e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
try: 1 < "a"
except TypeError as e: print(e)
try: [1] + (2,)
except TypeError as e: print(e)
try: {}[[1]]
except TypeError as e: print(e)
try: "abc"[5]
except IndexError as e: print(e)
try: (1, 2)[0] = 3
except TypeError as e: print(e)
try: "x".foo()
except AttributeError as e: print(e)
try: int(None)
except TypeError as e: print(e)
try: float("abc")
except ValueError as e: print(e)
try: chr(-1)
except ValueError as e: print(e)
try: ord("ab")
except TypeError as e: print(e)
try: range(1, 2, 0)
except ValueError as e: print(e)
try: next(iter([]))
except StopIteration as e: print("StopIteration", repr(e))
try: b"a" + "b"
except TypeError as e: print(e)
try: "%d" % "x"
except TypeError as e: print(e)
try: "{} {}".format(1)
except IndexError as e: print(e)
print("  padded ".strip(), "xxhixx".strip("x"), "a-b-c".rsplit("-", 1), "Title case words".title(), "abc".center(9, "*"))
print("hello world".capitalize(), "ABC".lower(), "ab".zfill(5), "-42".zfill(5), "tab\tsep".expandtabs(4), "a\nb\r\nc".splitlines())
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "aaa".replace("a", "b", 2), "abc".partition("b"), "abc".rpartition("x"))
print("x=%(x)s y=%(y)05.1f" % {"x": 1, "y": 2.25}, "%+d %+d" % (5, -5), "%%", "%10.3s|" % "abcdef", "%-6s|" % "ab")
print(f"{'nested {}'!s:>12}", f"{3+4=}", f"{'x'*3}", f"{{literal}}", f"{10:>{5}}", f"{1234.5678:,.2f}", f"{0.5:%}")
print(str(1.0), str(10**20), repr(1e-7), float("1e500"), -float("inf"), 1e308 * 10, 5e-324, 2.0 ** 0.5)
print(round(0.125, 2), round(-0.5), round(1.5), round(123.456, -1), round(7, -1), abs(-3), abs(-2.5), pow(2, 10, 1000), pow(2, -1, 7))
print(hex(-255), oct(8), bin(-5), int("-0b101", 0), int("777", 8), 0o17, 0b11, 0x_ff if False else 1_000)
print(sorted(["b", "A", "c"], key=str.lower), sorted([(2, "a"), (1, "b")]), list(reversed([1, 2, 3])), [x for x in "ab"])
print(min([], default=0), max(1, 2, 3), sum([1, 2], 10), list(filter(None, [0, 1, "", "a"])), tuple("ab"), set())
print(isinstance(1, (str, int)), callable(print), getattr(1, "real"), hasattr("", "nope"), type(type), repr(type(1)))
class C:
    def __len__(self): return 3
    def __iter__(self): return iter([1, 2, 3])
    def __contains__(self, x): return x == 2
    def __getitem__(self, i): return i * 2
    def __bool__(self): return False
    def __str__(self): return "C-str"
c = C()
print(len(c), list(c), 2 in c, c[5], bool(c), str(c), f"{c}", "yes" if c else "no")
print(repr(C)[:17], C.__name__, c.__class__.__name__)
