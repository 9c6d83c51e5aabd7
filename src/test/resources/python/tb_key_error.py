puertos = {"http": 80}
print(puertos["ssh"])
