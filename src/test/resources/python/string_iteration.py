texto = "Enchufe"
for i, ch in enumerate(texto):
    if ch in "aeiou":
        print(i, ch)
print(texto.lower().count("e"), texto[0], texto[-1], texto[2:5], sorted(set(texto.lower())))
print(" ".join(w.capitalize() for w in "hola a todos".split()), "abc" < "abd", "Z" < "a")
