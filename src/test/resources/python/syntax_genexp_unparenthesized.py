# A generator expression that is not the only argument needs its own parentheses.
print(1, x * 2 for x in range(3))
