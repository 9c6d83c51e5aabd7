# Counting set bits for a subnet mask, and ints as fractions.
def prefix_length(mask):
    return int.from_bytes(bytes(int(part) for part in mask.split(".")), "big").bit_count()


for mask in ("255.255.255.0", "255.255.0.0", "255.255.255.252", "0.0.0.0", "255.255.255.255"):
    print(mask, "/%d" % prefix_length(mask))
total = (0, 1)
for n in (3, -4, 10):
    num, den = n.as_integer_ratio()
    total = (total[0] * den + num * total[1], total[1] * den)
print(total, (10 ** 30).as_integer_ratio()[1], (-7).numerator, (-7).real, (-7).imag)
print([n.bit_count() for n in range(9)], (2 ** 100 - 1).bit_count())
