# Flags, as arguments and inline, and the Unicode and ASCII meanings of \w \d \s \b.
import re

print([int(f) for f in (re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.DEBUG, re.T)])
print(re.match('hello', 'HeLLo', re.I), re.match('(?i)hello', 'HELLO'), re.match('hello', 'HELLO'))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'^\w+', 'one\ntwo'))
print(re.findall(r'\w+$', 'one\ntwo\nthree', re.MULTILINE), re.findall(r'(?m)\w$', 'a\nb\n'))
print(re.match('a.b', 'a\nb'), re.match('a.b', 'a\nb', re.S), re.match('(?s)a.b', 'a\nb'))
print(re.match(r'''
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
''', '555-1234', re.X).groups())
print(re.match(r'(?x) a b \  c [ ]', 'abc '), re.match(r'a#b', 'a#b', re.X), re.match(r'a\#b', 'a#b', re.X))
print(re.findall(r'\w+', 'naïve café 東京 x_1'), re.findall(r'\w+', 'naïve café', re.A))
print(re.findall(r'\d', '1٣۴𝟙'), re.findall(r'\d', '1٣۴', re.ASCII), re.findall(r'(?a)\d', '1٣'))
print(re.findall(r'\s', ' \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2003\u3000x'))
print(re.findall(r'\s', ' \t\n\x1c\xa0', re.A), re.findall(r'\S+', 'a\xa0b'))
print(re.findall(r'\bé\w*', 'é école'), re.findall(r'\bé\w*', 'école', re.A))
print(re.match('ÉCOLE', 'école', re.I), re.match('straße', 'STRASSE', re.I), re.match('[a-z]+', 'ABC', re.I))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'), re.match('(?i)a(?-i:b)', 'Ab'), re.match('(?i)a(?-i:b)', 'AB'))
print(re.match(r'(?s:.)\n.', '\n\nx'), re.match(r'(?m:^b)', 'b'), re.search(r'(?m:^b)$', 'a\nb'))
print(re.match('(?x: a b )c', 'abc'), re.match('(?ai)é', 'É'), re.match('(?i)é', 'É'))
print(re.match('(?a:\\w+)', 'éa'), re.match('(?u)\\w+', 'éa'))
print(re.compile('(?i)a').flags, re.compile('(?s)(?m)a').flags, re.compile('(?x)a', re.I).flags)
print(re.compile('(?a)a'), re.compile('a', re.S | re.M | re.I | re.X))
print(re.compile(b'a', re.I), re.compile(b'(?L)a').flags)
print(re.findall(r'[\w]+', 'é-x', re.A), re.findall(r'[\W]+', 'é-x'), re.findall(r'[^\d\s]+', 'ab 12 c٣'))
print(re.findall(r'\w+', 'K k \u212a', re.I), re.findall('k', 'K k \u212a', re.I))
