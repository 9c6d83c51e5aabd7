print("{:d}".format("texto"))
