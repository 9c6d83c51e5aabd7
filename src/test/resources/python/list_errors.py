l = [1, 2, 3]
for action in ["l[5]", "l.pop(10)", "l.remove(9)", "l.index(9)", "[].pop()", "l[1.5]", "l['a']"]:
    try:
        eval_result = {"l[5]": lambda: l[5], "l.pop(10)": lambda: l.pop(10), "l.remove(9)": lambda: l.remove(9),
                       "l.index(9)": lambda: l.index(9), "[].pop()": lambda: [].pop(), "l[1.5]": lambda: l[1.5],
                       "l['a']": lambda: l['a']}[action]()
    except (IndexError, ValueError, TypeError) as e:
        print(action, type(e).__name__, e)
try:
    l[10] = 1
except IndexError as e:
    print(e)
try:
    del l[10]
except IndexError as e:
    print(e)
print(l * -1, l[:], l[-100:100], l[::-1][::-1])
