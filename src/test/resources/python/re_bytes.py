# bytes patterns over bytes, bytearray and the ASCII meaning of \w \d \s for them.
import re

line = b'GET /a%20b.html HTTP/1.1\r\n'
m = re.match(rb'(\w+) (\S+) HTTP/(\d)\.(\d)\r\n', line)
print(m, m.groups(), m.group(2), m.span(2))
print(re.findall(rb'\w+', b'caf\xc3\xa9 n\xe9e x_1'))
print(re.findall(rb'[\x80-\xff]+', b'abc\xc3\xa9d'))
print(re.sub(rb'\s+', b' ', b'a \t\n b'), re.sub(rb'(\d+)', rb'<\1>', b'a1b22'))
print(re.sub(rb'(\d)', lambda m: m.group(1) * 2, b'a1b2'))
print(re.split(rb'\r\n', b'HELO x\r\nMAIL FROM:<a@b>\r\n\r\n'))
print(re.match(rb'hello', b'HELLO', re.I), re.match(rb'\xe9', b'\xc9', re.I))
print(re.search(rb'(?P<n>\d+)', bytearray(b'ab12')))
print(re.compile(rb'\d+'), re.compile(b'a', re.I | re.M), re.escape(b'a.b\x00c'))
print(re.findall(rb'(\w)(\d)', b'a1 b2'), re.fullmatch(rb'[0-9a-f]+', b'deadbeef'))
print(re.match(b'.', b'\n'), re.match(b'.', b'\n', re.S), re.search(rb'\Z', b'ab').span())
print(re.match(rb'\d+', b'\xd9\xa3'), re.findall(rb'\s', b' \x1c\x85\xa0'))
m = re.match(rb'(?P<k>[^:]+):\s*(?P<v>.*)', b'Content-Length: 42')
print(m.groupdict(), int(m['v']), m.expand(rb'\g<v>=\g<k>'))
