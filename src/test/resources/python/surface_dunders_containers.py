# Special methods of str, bytes, list, tuple, dict and sets, called as methods.
print("ab".__len__(), "ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3), "ab".__contains__("b"), "ab".__getitem__(1))
print("%s!".__mod__("hi"), "ab".__eq__("ab"), "ab".__lt__("b"), "ab".__hash__() == hash("ab"))
print(b"xy".__len__(), b"xy".__add__(b"z"), b"xy".__getitem__(0), b"%d".__mod__(5), list(b"xy".__iter__()))
l = [3, 1, 2]
l.__setitem__(0, 9)
l.__delitem__(1)
print(l, l.__len__(), l.__contains__(9), l.__getitem__(-1), l.__add__([7]), l.__mul__(2), list(l.__reversed__()))
print(l.__iadd__([5]), l, l.__imul__(2), l.__eq__([9, 2, 5, 9, 2, 5]), list.__hash__)
t = (1, 2)
print(t.__len__(), t.__add__((3,)), t.__getitem__(0), t.__contains__(2), t.__hash__() == hash(t), t.__rmul__(2))
d = {"a": 1}
d.__setitem__("b", 2)
print(d.__getitem__("a"), d.__contains__("b"), d.__len__(), list(d.__iter__()), d.__or__({"c": 3}), dict.__hash__)
d.__delitem__("a")
print(d, list(d.__reversed__()), d.__ior__({"z": 0}), d.__eq__({"b": 2, "z": 0}), d.__or__(1))
s = {1, 2}
print(s.__or__({3}), s.__and__({2}), s.__sub__({1}), s.__xor__({2, 3}), s.__rsub__({1, 5}), s.__contains__(1))
print(s.__ior__({4}), s.__isub__({1}), s.__iand__({2, 4}), s.__ixor__({9}), s, frozenset({1}).__or__({2}))
print(s.__or__([1]), s.__le__({2, 4, 9, 10}), frozenset.__hash__(frozenset()) == hash(frozenset()), set.__hash__)
try:
    "ab".__getitem__(5)
except IndexError as e:
    print("IndexError:", e)
