print(True and False, True or False, not True, True ^ True, True & False, True | False)
print(0 and 1, 0 or 1, "" or "x", [] and [1], None is None, None == None, 1 is not None)
print(all([True, 1, "a"]), any([0, "", None]), bool(-1), 1 == True, 2 == True, isinstance(False, int))
print([x for x in [0, 1, "", "a", None, [], [0]] if x])
