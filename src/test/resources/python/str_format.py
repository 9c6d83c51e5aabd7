print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{x} {y}".format(x=1, y=2))
print("{0[0]} {0[1]} {1.real}".format([7, 8], 3), "{:>6}|{:<6}|{:^6}".format(1, 2, 3))
print("{:.3f} {:,} {:_} {:08.2f} {!r}".format(2/3, 10**9, 10**6, -1.5, "s"))
print("{{}} {}".format(5))
