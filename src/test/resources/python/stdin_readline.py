import sys
linea = sys.stdin.readline()
print(repr(linea))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline()))
