# float's special methods.
x = 2.5
print(x.__add__(1), x.__radd__(1), x.__sub__(0.5), x.__rsub__(10), x.__mul__(2), x.__truediv__(2), x.__rtruediv__(5))
print(x.__floordiv__(2), x.__mod__(2), x.__pow__(2), x.__rpow__(2), x.__neg__(), x.__pos__(), x.__abs__())
print(x.__bool__(), (0.0).__bool__(), x.__int__(), x.__float__(), x.__trunc__(), x.__round__(), x.__round__(1))
print(x.__eq__(2.5), x.__eq__(5 / 2), x.__lt__(3), x.__ge__(3), x.__eq__("2.5"), x.__add__("a"), x.__hash__() == hash(x))
print((7.5).__divmod__(2), (7.5).__rdivmod__(20), x.__repr__(), x.__str__(), x.__format__("08.3f"))
print((-2.5).__floor__(), (-2.5).__ceil__(), float.__add__(1.0, 2), float.__mul__(1.5, True))
