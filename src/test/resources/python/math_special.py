# The gamma and error functions: gamma of integers is a factorial, lgamma for big arguments,
# erf for a normal distribution's probabilities, with the poles and overflows as errors.
import math

for x in (1, 2, 5, 10, 23, 24, 0.5, 1.5, -0.5, -1.5, 3.7, 100.5, 171, 1e-30, -2.5e-5, 150.25, -150.25, -250.5):
    print("gamma", x, math.gamma(x))
for x in (1, 2, 3, 0.5, 10, 100, 1e5, 1e300, -0.5, -2.5, 1e-30, float("inf"), float("-inf")):
    print("lgamma", x, math.lgamma(x))
for x in (0, 0.1, 0.5, 1, 1.49, 1.5, 2, 3, 6, -0.3, -2.5, 30, float("inf"), float("-inf")):
    print("erf", x, math.erf(x), "erfc", math.erfc(x))


def normal_cdf(x, mu=0.0, sigma=1.0):
    return (1.0 + math.erf((x - mu) / (sigma * math.sqrt(2.0)))) / 2.0


for latency in (10, 20, 25, 30, 40):
    print("P(latency <= %d ms) = %.6f" % (latency, normal_cdf(latency, 20, 5)))

for fn, bad in ((math.gamma, 0), (math.gamma, -1), (math.gamma, -2.0), (math.gamma, 172), (math.gamma, float("-inf")),
                (math.lgamma, 0), (math.lgamma, -3), (math.lgamma, 1e308), (math.erf, "x"), (math.gamma, None)):
    try:
        print(fn.__name__, bad, fn(bad))
    except Exception as e:
        print(fn.__name__, bad, "->", type(e).__name__ + ":", e)
