# Searches in empty and reversed ranges: nothing is found there, not even the empty string.
s = 'abc'
print(s.count('', 2, 1), s.count('', 3), s.count('', 5), s.count('b', 2, 1))
print(s.find('', 2, 1), s.find('bc', 2, 1), s.rfind('', 2, 1), s.rfind('ab', 1, 0))
print(s.find('', 3), s.rfind('', 3), s.find('', 4), s.index('c', -1))
b = b'abc'
print(b.count(b'', 2, 1), b.find(b'', 2, 1), b.rfind(b'b', 2, 1))
try:
    s.index('a', 2, 1)
except ValueError as e:
    print(e)
print(b'abcabc'.count(b'bc', 1, 5), b'abcabc'.count(b'', 1, 3), b'abcabc'.rfind(b'abc'), b'abcabc'.rfind(b'c', 0, 4))
print(bytearray(b'xyxy').rfind(b'y'), b'abc'.rindex(b'a'), b'aaa'.count(b'aa'))
try:
    b'abc'.rindex(b'z')
except ValueError as e:
    print(e)
