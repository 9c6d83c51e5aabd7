import sys
print(sys.argv[1:], sys.platform, sys.byteorder, sys.maxsize, sys.getrecursionlimit())
sys.stdout.write("escrito\n")
print("a stderr", file=sys.stderr)
sys.stderr.write("otra\n")
print(type(sys.argv).__name__)
sys.exit(3)
