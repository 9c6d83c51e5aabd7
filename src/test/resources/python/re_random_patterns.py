# Fifteen hundred patterns made of Python regex pieces (a fixed pseudo-random sequence): each
# compiles to the same error, or finds, substitutes and splits the same over four texts, as in CPython.
import re
state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n
atoms = ['a', 'b', '.', '\\d', '\\w', '\\s', '\\b', '^', '$', '[ab]', '[^a]', '(', ')', '|', '*', '+', '?', '{1,2}', '{,2}', '*?', '+?', '(?:', '(?=', '(?!', '(?<=', '(?P<n>', '(?P=n)', '\\1', ']', '-', '\\', '{', '}', '(?i)', '\\Z', '\\A', 'x', ' ', '\n', '#']
texts = ['ab ab\nba', 'aaa b1 _x\n', '', 'x{1}a-b']
for i in range(1500):
    p = ''.join(atoms[rnd(len(atoms))] for _ in range(1 + rnd(6)))
    try:
        c = re.compile(p, [0, re.M, re.S, re.I, re.X][rnd(5)])
    except re.error as e:
        print(i, repr(p), 'error', e)
        continue
    except Exception as e:
        print(i, repr(p), type(e).__name__)
        continue
    out = []
    for t in texts:
        try:
            out.append([m.span() for m in c.finditer(t)])
            out.append(c.sub('<\\g<0>>', t))
            out.append(c.split(t))
        except Exception as e:
            out.append(type(e).__name__)
    print(i, repr(p), out)
