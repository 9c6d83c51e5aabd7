# symmetric_difference_update and its operator.
s = {1, 2, 3}
print(s.symmetric_difference_update({3, 4}), s)
s.symmetric_difference_update([4, 5, 5])
print(s)
t = {"a"}
t ^= {"a", "b"}
print(t)
try:
    s.symmetric_difference_update(5)
except TypeError as e:
    print(e)
try:
    frozenset().symmetric_difference_update({1})
except AttributeError as e:
    print(e)
