x = 5 if True
