# memoryview in the socket calls: the short-write loop with send(view[sent:]), sendall and sendto
# of a view, and recv_into(view[pos:], n) filling one bytearray without copies.
import socket

a, b = socket.socketpair()
payload = bytes(range(256)) * 40
view = memoryview(payload)
sent_total = 0
b.setblocking(False)
received = bytearray()
while view:
    sent = a.send(view[:3000])
    sent_total += sent
    view = view[sent:]
    try:
        while True:
            chunk = b.recv(65536)
            received += chunk
    except BlockingIOError:
        pass
b.setblocking(True)
print(sent_total, len(received), received == payload)

a.sendall(memoryview(b"hola mundo")[5:])
print(b.recv(100))

buf = bytearray(12)
target = memoryview(buf)
a.sendall(b"abcdefghijkl")
pos = 0
while pos < len(buf):
    n = b.recv_into(target[pos:], min(5, len(buf) - pos))
    pos += n
print(buf, pos)
try:
    b.recv_into(memoryview(b"solo lectura"))
except TypeError as e:
    print("TypeError:", e)
try:
    b.recv_into(target[:2], 5)
except ValueError as e:
    print("ValueError:", e)
a.close()
b.close()

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 50411))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(v.sendto(memoryview(b"datagrama!")[:9], ("127.0.0.1", 50411)))
into = bytearray(16)
n, sender = u.recvfrom_into(memoryview(into)[4:])
print(n, into, sender[0])
u.close()
v.close()
