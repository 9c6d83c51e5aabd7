n = int("cinco")
