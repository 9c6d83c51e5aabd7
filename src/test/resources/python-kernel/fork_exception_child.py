import os
import sys
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    raise ValueError("fallo en el hijo")
_, estado = os.wait()
print("el hijo salió con", os.WEXITSTATUS(estado))
