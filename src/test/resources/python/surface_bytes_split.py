# partition, rpartition, removeprefix/suffix, rsplit and splitlines on bytes and bytearray.
data = b"GET /index.html HTTP/1.1\r\nHost: example\r\n\r\nbody"
head, sep, body = data.partition(b"\r\n\r\n")
print(head, sep, body)
print(data.rpartition(b"\r\n"), data.partition(b"nothing"), data.rpartition(b"nothing"))
for line in head.splitlines():
    key, _, value = line.partition(b": ")
    print(key, value)
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\nc\rd\n".splitlines(keepends=True), b"".splitlines(), b"\n".splitlines())
print(b"x\x0cy\x1cz".splitlines())
print(b"a b  c ".rsplit(), b"a,b,c".rsplit(b",", 1), b"a,b,c".rsplit(b",", maxsplit=0), b"1 2 3".rsplit(None, 1))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.py".removesuffix(b".py"), b"x".removeprefix(b"y"))
print(bytearray(b"key=value").partition(b"="), bytearray(b"a.b.c").rsplit(b".", 1))
for call in (lambda: b"x".partition(""), lambda: b"x".partition(b""), lambda: b"x".removeprefix("x"),
             lambda: b"x".rsplit(b"")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
