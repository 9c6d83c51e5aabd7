x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2}
del d["a"]
l = [1, 2, 3, 4]
del l[1:3]
class O: pass
o = O(); o.v = 1; del o.v
print(d, l, hasattr(o, "v"))
