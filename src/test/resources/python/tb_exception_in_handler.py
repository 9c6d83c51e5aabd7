try:
    int("x")
except ValueError as e:
    print("manejando", e)
    undefined_name
