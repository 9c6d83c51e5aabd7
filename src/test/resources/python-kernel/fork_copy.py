import os
import sys
datos = [1, 2, 3]
contador = {"n": 0}
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    datos.append(99)
    contador["n"] += 100
    print("hijo", datos, contador)
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print("padre", datos, contador)
