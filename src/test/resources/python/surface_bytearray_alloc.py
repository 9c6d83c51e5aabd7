# bytearray.__alloc__: the bytes CPython's buffer holds, over-allocated as it grows and shrinks.
buffer = bytearray()
tamanos = []
for i in range(40):
    buffer.append(i)
    tamanos.append(buffer.__alloc__())
print(len(buffer), tamanos)

recibido = bytearray(b"GET / HTTP/1.0\r\n")
print(len(recibido), recibido.__alloc__())
recibido += b"Host: localhost\r\n\r\n"
print(len(recibido), recibido.__alloc__())
recibido.extend(b"cuerpo")
print(len(recibido), recibido.__alloc__())
del recibido[:16]
print(len(recibido), recibido.__alloc__())
del recibido[:10]
print(len(recibido), recibido.__alloc__())
recibido.clear()
print(len(recibido), recibido.__alloc__())

print(bytearray().__alloc__(), bytearray(b"").__alloc__(), bytearray(10).__alloc__(), bytearray(b"abc").__alloc__())
print(bytearray([1, 2, 3]).__alloc__(), bytearray((1, 2, 3)).__alloc__(), bytearray(range(5)).__alloc__())
print(bytearray(x for x in range(20)).__alloc__(), bytearray("año", "utf-8").__alloc__(), bytearray(memoryview(b"abc")).__alloc__())
print(bytearray(b"abcdef")[1:3].__alloc__(), bytearray(b"abc").copy().__alloc__(), (bytearray(b"ab") + b"cd").__alloc__())

b = bytearray(b"abcdefghij")
b[2:4] = b"XYZW"
print(b.__alloc__())
b *= 3
print(b.__alloc__())
b[0:20] = b""
print(b.__alloc__(), len(b))
b.insert(0, 1)
print(b.__alloc__())
b = bytearray(b"abcdefghij")
b.remove(ord("c"))
print(b.__alloc__())
del b[::2]
print(b.__alloc__())
b.extend([1, 2, 3])
print(b.__alloc__())
b = bytearray(b"x" * 50)
del b[0]
b.append(1)
b.pop(0)
print(b.__alloc__())
b = bytearray(b"x" * 50)
del b[-10:]
print(b.__alloc__())
b[:] = b""
print(b.__alloc__())

for malo in (lambda: bytearray().__alloc__(1), lambda: bytearray().__alloc__(x=1)):
    try:
        malo()
    except TypeError as e:
        print("TypeError:", e)
