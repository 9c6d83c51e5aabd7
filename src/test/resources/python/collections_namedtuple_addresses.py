# Addresses as namedtuples: what recvfrom returns, with names.
from collections import namedtuple

Address = namedtuple("Address", "host port")
Packet = namedtuple("Packet", ["source", "payload", "ttl"], defaults=[64])

a = Address("127.0.0.1", 8080)
print(a, a.host, a.port, a[0], a[1], len(a))
host, port = a
print(host, port)
print(a == ("127.0.0.1", 8080), a != ("127.0.0.1", 1), hash(a) == hash(("127.0.0.1", 8080)))
print(Address._fields, Packet._field_defaults)
p = Packet(a, b"hola")
print(p)
print(p._asdict())
print(p._replace(ttl=1))
print(Address._make(["::1", 53]))
print(Address(port=22, host="10.0.0.1"))
seen = {a: "web"}
print(seen[Address("127.0.0.1", 8080)])
print(sorted([Address("b", 2), Address("a", 9), Address("a", 1)]))
print(list(a), tuple(a), "127.0.0.1" in a, a.count(8080), a.index(8080))
print(a + (1,), a[:1])
R = namedtuple("R", "def x x", rename=True)
print(R._fields)
Single = namedtuple("Single", "value")
print(Single(5), Single.__doc__)

for bad in [("Bad", "x _y"), ("Bad", "x x"), ("Bad", "x def"), ("1Bad", "x"), ("Bad", "x-y")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple("T", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    Address("h")
except TypeError as e:
    print("TypeError:", e)
try:
    Address("h", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Address._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    a._replace(nope=1)
except ValueError as e:
    print("ValueError:", e)
