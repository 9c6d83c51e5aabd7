intentos = 0
while True:
    intentos += 1
    try:
        if intentos < 3:
            raise ConnectionRefusedError(111, "Connection refused")
        print("conectado tras", intentos)
        break
    except ConnectionRefusedError as e:
        print("intento", intentos, "fallido:", e)
resultados = []
for valor in ["1", "dos", "3", None]:
    try:
        resultados.append(int(valor))
    except ValueError:
        resultados.append("inválido")
    except TypeError as e:
        resultados.append(f"tipo: {e}")
print(resultados)
