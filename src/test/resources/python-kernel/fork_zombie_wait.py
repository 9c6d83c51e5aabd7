import os, time

pid = os.fork()
if pid == 0:
    os._exit(5)
time.sleep(0.2)
print(os.waitpid(pid, os.WNOHANG)[0] == pid)
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print('ChildProcessError', e.errno, e)
kids = []
for i in range(3):
    k = os.fork()
    if k == 0:
        time.sleep(0.1 * (3 - i))
        os._exit(i)
    kids.append(k)
order = []
while True:
    try:
        k, status = os.wait()
    except ChildProcessError:
        break
    order.append(os.WEXITSTATUS(status))
print(order)
print(os.waitpid(-1, os.WNOHANG) if False else 'fin')
