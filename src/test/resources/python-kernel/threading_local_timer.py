# threading.local keeps an attribute per thread; Timer calls later unless cancelled.
import threading

data = threading.local()
data.name = "main"


def other():
    print("other sees name:", hasattr(data, "name"))
    data.name = "other"
    print("other:", data.name)


t = threading.Thread(target=other)
t.start()
t.join()
print("main:", data.name)
del data.name
print(hasattr(data, "name"))

fired = []
timer = threading.Timer(0.05, fired.append, args=["fired"])
timer.start()
timer.join()
cancelled = threading.Timer(5, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired, timer.interval, isinstance(timer, threading.Thread))
