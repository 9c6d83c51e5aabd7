import sys
print("a", "b", sep="")
print("x", end="")
print("y", end="\n\n")
print(*[1, 2, 3])
print(*"abc", sep=",")
print("err", file=sys.stderr)
print(1, 2, sep=None, end=None)
print("flush", flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
