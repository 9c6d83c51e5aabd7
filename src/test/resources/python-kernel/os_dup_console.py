# A duplicate of the console's descriptors writes where the original does; stdin's is EBADF to write.
import os
import sys

out = os.dup(1)
err = os.dup(2)
print(out > 2, err > out)
sys.stdout.flush()
os.write(out, b"through a copy of stdout\n")
os.write(err, b"through a copy of stderr\n")
os.dup2(1, 9)
os.write(9, b"through descriptor 9\n")
os.close(out)
os.close(err)
os.close(9)
try:
    os.write(out, b"closed\n")
except OSError as e:
    print(e)
