# The match object: group with numbers, names and several arguments, groups, groupdict with
# defaults, start/end/span, expand, lastindex, lastgroup, string, re, pos, endpos, [] and repr.
import re

m = re.search(r'(?P<method>[A-Z]+) (?P<path>\S+)(?: (HTTP/\d\.\d))?', 'xx GET /index.html HTTP/1.0\r\n')
print(m)
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group('path'), m.group(1, 'path', 3))
print(m[0], m[1], m['method'], m[3])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(2), m.end('path'), m.span(3))
print(m.lastindex, m.lastgroup, m.string == 'xx GET /index.html HTTP/1.0\r\n', m.re, m.pos, m.endpos)
print(m.expand(r'\g<method> on \2 (\3)'))
print(m.regs)
m = re.match(r'(a)(b)?(?P<c>c)?', 'a')
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(2), m.end(2), m.span(2), m.group(2), m.lastindex, m.lastgroup)
print(m.expand(r'[\1][\2][\g<c>]'))
for pattern, text in [(r'(a)(b)', 'ab'), (r'((a)b)', 'ab'), (r'(a)|(b)', 'b'), (r'(a)(b*)', 'a'),
                      (r'(?P<x>a)(?P<y>b)?', 'a'), (r'a', 'a'), (r'(a)(?:b)', 'ab'), (r'((a)(b))', 'ab')]:
    m = re.match(pattern, text)
    print(pattern, m.lastindex, m.lastgroup)
m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m.group(0), m.group(1, 2))
for bad in [3, -1, 'nope', 1.5]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m['x']
except IndexError as e:
    print('IndexError', e)
try:
    m.start(9)
except IndexError as e:
    print('IndexError', e)
print(bool(m), type(m).__name__, type(re.compile('a')).__name__, isinstance(m, re.Match), isinstance(m.re, re.Pattern))
m = re.compile(r'\d+').search('ab 12 cd', 2, 6)
print(m, m.pos, m.endpos)
print(re.match(r'.*', 'é€😀x'), re.search(r'x', '😀😀x').span(), re.findall(r'.', 'a😀b'))
print(re.sub('😀', '<e>', 'x😀y😀'), re.split('😀', 'a😀b'))
print(repr(re.match('a\nb', 'a\nb')), repr(re.match("'", "'")))
# The public names of Pattern and Match objects (Pattern.scanner is undocumented and absent).
p = re.compile('(a)')
m = p.match('a')
print([n for n in dir(p) if not n.startswith('_') and n != 'scanner'])
print([n for n in dir(m) if not n.startswith('_')], hasattr(m, 'lastindex'))
try:
    m.pos = 3
except AttributeError:
    print('AttributeError')
