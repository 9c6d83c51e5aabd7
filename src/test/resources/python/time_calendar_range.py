# gmtime, localtime, ctime, mktime, asctime and strftime at the calendar's ends: years past 9999 and
# before 1, glibc's int years, time_t's range, and gmtime/mktime round trips over +-300,000 years.
import time
for v in [1e17, -1e17, 2**62, 3e16, 6e16, -6e16, 6.7e16, 6.8e16, -6.8e16, 0, -1, 951782400, 4107542400, -62135596800, -62135596801]:
    for fn in (time.gmtime, time.localtime, time.ctime):
        try: print(fn.__name__, v, fn(v))
        except Exception as e: print(fn.__name__, v, type(e).__name__, e)
for tt in [(10**10,1,1,0,0,0,0,1,0), (2**31-1,1,1,0,0,0,0,1,0), (-2**31,1,1,0,0,0,0,1,0), (2**31-1,12,31,23,59,59,0,1,0), (2024,1,1,0,0,0,0,1,2**40), (True,1,1,0,0,0,0,1,0), (0,1,1,0,0,0,0,1,0), (-1,3,1,0,0,0,0,1,0)]:
    for fn in (time.mktime, time.asctime, lambda t: time.strftime('%Y %m %s %G', t)):
        try: print(tt[0], fn(tt))
        except Exception as e: print(tt[0], type(e).__name__, e)
seed = 5
def randint(a, b):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return a + seed % (b - a + 1)
for _ in range(3000):
    s = randint(-10**13, 10**13)
    g = time.gmtime(s)
    if time.mktime(g) != s: print("roundtrip", s)
print(sum(time.gmtime(randint(-10**12, 10**12)).tm_yday for _ in range(2000)))
