import socket

# Every option, level and protocol constant a program can name, as Linux x86-64 numbers them.
names = sorted(n for n in dir(socket) if n.startswith(('SO_', 'IP_', 'IPV6_', 'TCP_', 'SOL_', 'IPPROTO_')))
print(len(names))
for n in names:
    print(n, getattr(socket, n))
