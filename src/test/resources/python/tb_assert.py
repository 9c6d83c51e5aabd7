x = 3
assert x > 0, "positivo"
assert x > 5, f"x es {x}"
