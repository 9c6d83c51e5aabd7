# int's numbers-protocol attributes and 3.10's bit_count.
for n in (0, 1, 5, -5, 255, 2 ** 70 + 3, True):
    print(n, n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.bit_length())
print(type(True.numerator).__name__, type(True.real).__name__)
try:
    (5).numerator = 3
except AttributeError as e:
    print("AttributeError")
print(hasattr(1, "is_integer"))
