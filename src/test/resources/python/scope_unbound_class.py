x = "global"
class C:
    x = "clase"
    def m(self):
        return x
    y = x
print(C().m(), C.y)
def f():
    print(x)
f()
def g():
    y = 1
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
g()
