# A server stamps each request it logs; time.time() moves on by what the program slept, whatever
# clock the sandbox keeps, and the stamps format as CPython's do.
import time

start = time.time()
stamps = []
for request in range(3):
    time.sleep(0.5)
    stamps.append(time.time())
print([round(s - start, 1) for s in stamps])
print(all(b > a for a, b in zip(stamps, stamps[1:])))
print(abs(time.time_ns() / 1e9 - time.time()) < 1, time.gmtime(start).tm_year >= 2024)
when = time.gmtime(1700000000)
print(time.strftime("%d/%b/%Y:%H:%M:%S +0000", when))
print("[%s] GET /index.html 200" % time.strftime("%Y-%m-%d %H:%M:%S", when))
print(time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(784111777)))
parsed = time.strptime("Sun, 06 Nov 1994 08:49:37 GMT", "%a, %d %b %Y %H:%M:%S GMT")
print(parsed, time.mktime(parsed))
print(time.strftime("%H:%M:%S", time.localtime(3661)), time.asctime(time.localtime(3661)))
