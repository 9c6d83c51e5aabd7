# TIMEOUT_MAX, ThreadError, stack_size and get_native_id.
import threading

print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
print(threading.stack_size(), threading.stack_size(65536), threading.stack_size(0), threading.stack_size())
for bad in (1, 32767):
    try:
        threading.stack_size(bad)
    except ValueError as e:
        print(e)
ids = []
t = threading.Thread(target=lambda: ids.append(threading.get_native_id()))
t.start()
t.join()
print(type(threading.get_native_id()).__name__, ids[0] != threading.get_native_id())
lock = threading.Lock()
try:
    lock.release()
except threading.ThreadError as e:
    print("ThreadError:", e)
