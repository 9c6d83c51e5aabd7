texto = """El socket es un extremo de la comunicación.
Un socket se identifica por una dirección y un puerto.

El servidor escucha; el cliente conecta."""
palabras = [p.strip(".,;").lower() for p in texto.split()]
frecuencia = {}
for p in palabras:
    frecuencia[p] = frecuencia.get(p, 0) + 1
top = sorted(frecuencia.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(texto.splitlines()), sum(1 for l in texto.splitlines() if l), max(palabras, key=len))
print(texto.upper().count("SOCKET"), texto.replace("socket", "enchufe").splitlines()[0])
