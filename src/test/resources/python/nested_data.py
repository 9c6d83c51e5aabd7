red = {
    "hosts": [{"nombre": "servidor.lab", "ip": "172.25.4.4", "puertos": [22, 80]},
              {"nombre": "cliente.lab", "ip": "172.25.4.5", "puertos": []}],
    "mascara": 24,
}
for h in red["hosts"]:
    print(f"{h['nombre']:<14}{h['ip']:>12} {len(h['puertos'])} puertos")
todos = sorted(p for h in red["hosts"] for p in h["puertos"])
print(todos, red["hosts"][0]["puertos"][-1], red.get("gateway", "sin gateway"))
red["hosts"][1]["puertos"].append(8080)
print(red)
