import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("capturado", e.code)
exit()
