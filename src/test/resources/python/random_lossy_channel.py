# A course program's lossy channel: drop 30% of datagrams, delay some, with a fixed seed.
import random

random.seed(2024)
delivered = []
for seq in range(40):
    if random.random() < 0.3:
        print("lost", seq)
        continue
    delay = random.uniform(0.01, 0.2)
    delivered.append((seq, round(delay, 4)))
print(len(delivered), delivered[:6])
ports = [random.randint(1024, 65535) for _ in range(5)]
print("ports", ports)
msg = random.choice(["hola", "adios", "ping", "pong"])
print("message", msg, random.randbytes(8))
