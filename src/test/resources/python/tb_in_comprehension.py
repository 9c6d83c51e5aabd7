valores = ["1", "2", "x"]
numeros = [int(v) for v in valores]
