# The file ends where a block should begin.
if True:
    print("x")
else:
