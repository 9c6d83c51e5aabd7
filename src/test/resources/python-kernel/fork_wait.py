import os
import sys
print("antes del fork")
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print("hijo: mi padre es", "el de antes" if os.getppid() > 0 else "?")
    sys.exit(3)
else:
    hijo, estado = os.wait()
    print("padre: terminó", hijo == pid, "con", os.WEXITSTATUS(estado), os.WIFEXITED(estado))
