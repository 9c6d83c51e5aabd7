def abrir():
    raise ConnectionRefusedError(111, "Connection refused")
try:
    abrir()
except OSError as e:
    print("errno", e.errno)
    raise
