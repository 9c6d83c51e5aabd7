# re.error for the common mistakes, with CPython's messages, positions, lines and columns, and the
# TypeErrors and ValueErrors of mixing str and bytes or flags.
import re

for p in ['(', 'a)', '(a', '[a', '[', '*', '+a', 'a**', 'a*?+?', '\\q', '\\', 'a{2,1}', '(?P<1a>x)',
          '(?P<a>x)(?P<a>y)', '(?P=b)', '\\2', '(a)\\2', '(a\\1)', '(?<=a+)b', '(?<!a|bc)x', '(?z)',
          'a(?i)', '(?i)(?m)a', '(a(?i))', '[z-a]', '\\x1', '\\xg', '(?P<a', '(?P<>x)', '(?P=a',
          'x|*', '[\\d-z]', '[a-\\w]', '(?', '(?<', '(?#abc', 'a\n(', 'ab\ncd\ne)', '\\777', '(?i', '(?-i)',
          '(?i-:a)', '$*', '^*', '\\b+', '(?P>x)', '(?<x)', '(?:', '\\u12', '\\U00110000', '\\N{NOPE}',
          '\\N', '[\\A]', '[\\8]', '\\8', '(?iu)a', '(?ai)a', '(?L)a', 'a{1,2}{3}', '(?:a|)*+?',
          '(?P<é>x)(?P=é)', 'a{4294967296}']:
    try:
        r = re.compile(p)
        print(repr(p), 'compiles', r.groups)
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except OverflowError as e:
        print(repr(p), 'OverflowError', e)

for r in [r'\g<x', r'\g<>', r'\g<a b>', r'\g<zz>', r'\5', r'\q', r'\g<-1>', r'\g', r'\g<2>', '\\', r'\777']:
    try:
        print(repr(r), re.sub('(?P<a>a)', r, 'a'))
    except (re.error, IndexError) as e:
        print(repr(r), type(e).__name__, e)

cases = [
    lambda: re.compile(b'x', re.U),
    lambda: re.compile('x', re.L),
    lambda: re.compile('x', re.A | re.U),
    lambda: re.match('a', b'a'),
    lambda: re.match(b'a', 'a'),
    lambda: re.match('a', 1),
    lambda: re.compile(3),
    lambda: re.compile(re.compile('a'), re.I),
    lambda: re.sub('a', lambda m: 1, 'a'),
    lambda: re.sub('a', lambda m: 1, 'bab'),
    lambda: re.compile(b'(?u)x'),
    lambda: re.compile('(?L)x'),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__)
e = re.error('custom')
print(e, e.args)
import sys
print(re.compile('b').search('abc', 0, sys.maxsize), re.compile('b').search('abc', -sys.maxsize - 1, sys.maxsize))
try:
    re.compile('b').search('abc', 0, 10 ** 30)
except OverflowError as e:
    print(e)
for p in ['(?(1)a|b)', '(?(x)a|b)', '(?()a)', '(?(1']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e)
