# What students write around socket code: request lines, SMTP-like commands, headers, addresses
# and ports, and a lesson's goal check over a transcript.
import re

REQUEST = re.compile(r'^(?P<method>GET|POST|HEAD) (?P<path>/\S*) HTTP/(?P<version>\d\.\d)$')
for line in ['GET /index.html HTTP/1.0', 'POST /form HTTP/1.1', 'get / HTTP/1.0', 'GET /a b HTTP/1.0',
             'HEAD / HTTP/1.1\n', 'GET  /x HTTP/1.0']:
    m = REQUEST.match(line)
    print(repr(line), m and m.groupdict())

for cmd in ['HELO client.example', 'helo x', 'MAIL FROM:<joe@example.com>', 'RCPT TO: <ann@host>', 'QUIT', 'DATA extra']:
    m = re.fullmatch(r'(?i)(HELO|EHLO)\s+(\S+)|(MAIL FROM|RCPT TO):\s*<([^>]*)>|(QUIT|DATA)', cmd)
    print(repr(cmd), m.groups() if m else None, m.lastindex if m else None)

raw = 'Host: example.com\r\nContent-Type: text/html; charset=utf-8\r\nX-Empty:\r\nContent-Length:  42 \r\n\r\nbody'
head, _, body = raw.partition('\r\n\r\n')
headers = {k.lower(): v.strip() for k, v in re.findall(r'^([\w-]+):[ \t]*(.*?)\r?$', head, re.M)}
print(headers, body)
print(dict(re.findall(r'(?m)^([^:\r\n]+):\s*(.*?)\s*$', head)))

IPV4 = re.compile(r'(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}')
for addr in ['127.0.0.1', '10.0.0.256', '192.168.1', '1.2.3.4.5', '0.0.0.0', '01.2.3.4']:
    print(addr, bool(IPV4.fullmatch(addr)))

def parse_port(text):
    m = re.fullmatch(r'\s*(\d{1,5})\s*', text)
    if not m or not 0 < int(m.group(1)) < 65536:
        raise ValueError(f'bad port: {text!r}')
    return int(m.group(1))

for p in ['8080', ' 22 ', '70000', 'http', '']:
    try:
        print(parse_port(p))
    except ValueError as e:
        print(e)

host_port = re.compile(r'(?P<host>\[[0-9a-fA-F:]+\]|[\w.-]+):(?P<port>\d+)')
for hp in ['localhost:8000', '[::1]:9000', 'a.b-c.d:1', 'nohost']:
    m = host_port.fullmatch(hp)
    print(hp, m and (m['host'], int(m['port'])))

transcript = """$ python3 server.py
listening on 0.0.0.0:5000
accepted ('127.0.0.1', 51234)
received b'hello'
"""
print(bool(re.search(r"^accepted \('127\.0\.0\.1', \d+\)$", transcript, re.M)))
print(re.findall(r"received (b'.*?')", transcript))
print(re.sub(r'\d{5}', '<port>', transcript))
print(re.split(r'\r?\n', 'a\r\nb\nc'))
tokens = re.findall(r'"[^"]*"|\S+', 'SET key "hello world" 10')
print(tokens)
print([t.strip('"') for t in tokens])
