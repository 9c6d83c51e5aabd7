# clock_gettime and the clock ids, perf_counter_ns and the zone constants' types.
import time

print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID,
      time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI)
start = time.perf_counter_ns()
time.sleep(0.05)
elapsed = time.perf_counter_ns() - start
print(type(start).__name__, elapsed >= 50_000_000)
m0 = time.clock_gettime(time.CLOCK_MONOTONIC)
time.sleep(0.1)
print(round(time.clock_gettime(time.CLOCK_MONOTONIC) - m0, 1), type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1, time.clock_getres(time.CLOCK_MONOTONIC))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), type(time.tzname).__name__,
      len(time.tzname))
try:
    time.clock_gettime(99)
except OSError as e:
    print(e)
