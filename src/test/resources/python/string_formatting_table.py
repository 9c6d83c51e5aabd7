filas = [("socket", "crea un extremo", 2), ("bind", "asigna dirección", 3), ("listen", "cola de conexiones", 4)]
print(f"{'llamada':<8}|{'qué hace':^22}|{'línea':>6}")
print("-" * 38)
for nombre, desc, linea in filas:
    print(f"{nombre:<8}|{desc:^22}|{linea:>6}")
print("=" * 38)
print("{:<10}{:>10.2f}".format("total", 12.3456), "{0:*^10}".format("x"))
