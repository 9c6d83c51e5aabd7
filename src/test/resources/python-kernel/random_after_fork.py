# After os.fork() the child's module-level generator is seeded afresh (CPython's register_at_fork),
# while a Random(seed) the program made goes on in both processes with the same numbers.
import os
import random

random.seed(1)
mine = random.Random(5)
rfd, wfd = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(wfd, ("%r %r" % (random.random(), mine.random())).encode())
    os._exit(0)
os.waitpid(pid, 0)
child = [float(x) for x in os.read(rfd, 200).decode().split()]
parent = (random.random(), mine.random())
print("module-level numbers differ:", child[0] != parent[0])
print("Random(5) the same in both:", child[1] == parent[1], parent[1])
random.seed(1)
print("parent unchanged:", random.random() == parent[0])
